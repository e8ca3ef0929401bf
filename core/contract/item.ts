import { z } from 'zod';
import { COMPARATORS, ITEM_SOURCES, OWNER_ROLES } from '../domain/roles';
import { ITEM_STATUSES } from '../domain/status';
import { WARNING_LEVELS } from '../domain/warning';
import { id, isoDate, month } from './common';

export const ownerRef = z.object({ personId: id, role: z.enum(OWNER_ROLES) });

export const targetInput = z.object({
  label: z.string().trim().min(1, '请填写指标名称').max(100, '指标名称不超过100字'),
  comparator: z.enum(COMPARATORS, { error: '请选择比较方式' }),
  value: z.number({ error: '目标值须为数字' }).finite().min(0, '目标值不能为负数'),
  unit: z.string().trim().max(20, '单位不超过20字').default(''),
});

const itemFields = z.object({
  planId: id,
  sectionId: id.nullable().default(null),
  seq: z.number({ error: '序号须为数字' }).int('序号须为整数').min(0).max(99999).nullable().default(null),
  content: z.string().trim().min(1, '请填写工作内容').max(4000, '工作内容不超过4000字'),
  yearRound: z.boolean().default(false),
  startMonth: month.nullable().default(null),
  endMonth: month.nullable().default(null),
  isKey: z.boolean().default(false),
  dueDate: isoDate.nullable().default(null),
  cadence: z.string().trim().max(40).nullable().default(null),
  notes: z.string().max(4000, '备注不超过4000字').default(''),
  source: z.enum(ITEM_SOURCES).default('plan'),
  sourceRef: z.string().trim().max(200).nullable().default(null),
  owners: z.array(ownerRef).max(30, '责任人不超过30人').default([]),
  targets: z.array(targetInput).max(20, '量化指标不超过20项').default([]),
});

type ItemFields = z.infer<typeof itemFields>;

/** Span and owner rules shared by create and update, reported on the field the user must fix. */
function checkItem(value: Pick<ItemFields, 'yearRound' | 'startMonth' | 'endMonth' | 'owners'>, ctx: z.RefinementCtx) {
  if (!value.yearRound) {
    if (value.startMonth == null) ctx.addIssue({ code: 'custom', path: ['startMonth'], message: '请选择开始月份，或勾选“贯穿全年”' });
    if (value.startMonth != null && value.endMonth != null && value.endMonth < value.startMonth)
      ctx.addIssue({ code: 'custom', path: ['endMonth'], message: '结束月份不能早于开始月份' });
  }
  const seen = new Set<number>();
  value.owners.forEach((owner, index) => {
    if (seen.has(owner.personId)) ctx.addIssue({ code: 'custom', path: ['owners', index, 'personId'], message: '同一责任人不能重复添加' });
    seen.add(owner.personId);
  });
}

export const itemInput = itemFields.superRefine(checkItem);
/** A save names the version it was edited from; a newer one saved meanwhile makes it a CONFLICT. */
export const itemUpdate = itemFields.extend({ id, version: z.number().int().positive() }).superRefine(checkItem);

export const ownerView = z.object({ personId: id, name: z.string(), role: z.enum(OWNER_ROLES) });
export const targetView = targetInput.extend({ id, actual: z.number().nullable() });

export const itemSummary = z.object({
  id,
  planId: id,
  seq: z.number().int().nullable(),
  content: z.string(),
  startMonth: z.number().int().nullable(),
  endMonth: z.number().int().nullable(),
  yearRound: z.boolean(),
  isKey: z.boolean(),
  /** 2月 / 7-8月 / 贯穿全年 */
  period: z.string(),
  sectionId: z.number().int().nullable(),
  sectionTitle: z.string().nullable(),
  /** Effective deadline: the explicit one or the end of the span. */
  dueDate: z.string(),
  status: z.enum(ITEM_STATUSES),
  notes: z.string(),
  owners: z.array(ownerView),
  /** In a month view: an earlier month's item still open (结转). */
  carried: z.boolean(),
  /** Latest progress entry (进展情况): its percent and text. */
  percent: z.number().nullable(),
  progressText: z.string().nullable(),
  /** Pieces of evidence (佐证材料) attached to the item. */
  evidenceCount: z.number().int(),
  /** Derived on read, never stored. */
  warning: z.enum(WARNING_LEVELS),
});

export const itemDetail = itemSummary.extend({
  explicitDueDate: z.string().nullable(),
  /** Why it was last returned (退回) or stopped (中止). */
  statusNote: z.string().nullable(),
  cadence: z.string().nullable(),
  source: z.enum(ITEM_SOURCES),
  sourceRef: z.string().nullable(),
  targets: z.array(targetView),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
  /** Goes up with every change; items.update names the version it started from. */
  version: z.number().int(),
});

export const itemSearch = z.object({
  planId: id.optional(),
  text: z.string().trim().max(200).optional(),
  personId: id.optional(),
  /** Only items without owners (to name them in one go). */
  noOwner: z.boolean().optional(),
  month: month.optional(),
  /** A section, or `null` for items in none. */
  sectionId: id.nullable().optional(),
  status: z.enum(ITEM_STATUSES).optional(),
  /** 主要任务 only, or none of them. */
  isKey: z.boolean().optional(),
  /** Exactly this span (a 年度总览 column): its months, or year-round. */
  span: z.object({ startMonth: month.nullable(), endMonth: month.nullable(), yearRound: z.boolean() }).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});

/** Rows per page of a paged list. */
export const pageSize = z.number().int().min(1).max(500);
export const pageNumber = z.number().int().min(1).default(1);

export const monthQuery = z.object({
  planId: id,
  month,
  /** Rows per list; without it each list is whole (the CLI, the printed forms). */
  pageSize: pageSize.optional(),
  /** Which page of each list (1-based). */
  pages: z.object({ items: pageNumber, carried: pageNumber, keyTasks: pageNumber }).partial().default({}),
});
export const monthView = z.object({
  month: z.number().int(),
  /** The month's own items (and later ones closed in it), then year-round items: the requested page. */
  items: z.array(itemSummary),
  /** Earlier items open when the month began, or closed in it (结转): the requested page. */
  carried: z.array(itemSummary),
  /** 主要任务: in every month's scope. The requested page. */
  keyTasks: z.array(itemSummary),
  /** Whole sizes of the three lists. */
  totals: z.object({ items: z.number().int(), carried: z.number().int(), keyTasks: z.number().int() }),
});

export const boardColumn = z.object({
  key: z.string(),
  label: z.string(),
  startMonth: z.number().int().nullable(),
  endMonth: z.number().int().nullable(),
  yearRound: z.boolean(),
  /** The first cards of the column (all when no limit was asked). */
  items: z.array(itemSummary),
  /** How many items the column holds. */
  total: z.number().int(),
});
export const boardQuery = z.object({
  planId: id,
  /** Cards per column and per 主要任务 section; without it, every card. */
  perColumn: pageSize.optional(),
});
export const boardView = z.object({
  planId: id,
  columns: z.array(boardColumn),
  keyTasks: z.array(
    z.object({ sectionId: z.number().int().nullable(), title: z.string(), items: z.array(itemSummary), total: z.number().int() }),
  ),
});

/** One period of a person's items (or their 主要任务): the first items and the group's size. */
export const personItemGroup = z.object({
  period: z.string(),
  isKey: z.boolean(),
  /** The period's span, for listing the whole group through items.search. */
  span: z.object({ startMonth: z.number().int().nullable(), endMonth: z.number().int().nullable(), yearRound: z.boolean() }),
  items: z.array(itemSummary),
  total: z.number().int(),
});

export type PersonItemGroup = z.infer<typeof personItemGroup>;
export type ItemInput = z.infer<typeof itemInput>;
export type ItemFormValues = z.input<typeof itemInput>;
export type ItemUpdate = z.infer<typeof itemUpdate>;
export type ItemSummary = z.infer<typeof itemSummary>;
export type ItemDetail = z.infer<typeof itemDetail>;
export type ItemSearch = z.infer<typeof itemSearch>;
export type MonthQuery = z.infer<typeof monthQuery>;
export type MonthView = z.infer<typeof monthView>;
export type BoardQuery = z.infer<typeof boardQuery>;
export type BoardView = z.infer<typeof boardView>;

/** A change made to many items at once from the month or search table. */
export const bulkChange = z.discriminatedUnion('kind', [
  /** replace: these become the owners; add: they join the owners (a new 主办 makes the old one 协办). */
  z.object({ kind: z.literal('owners'), lead: id.nullable().default(null), assists: z.array(id).max(29, '协办不超过29人').default([]), mode: z.enum(['replace', 'add']).default('replace') })
    .refine((c) => c.lead != null || c.assists.length > 0, { message: '请选择主办或协办', path: ['lead'] })
    .refine((c) => c.lead == null || !c.assists.includes(c.lead), { message: '同一人不能既是主办又是协办', path: ['assists'] }),
  z.object({ kind: z.literal('section'), sectionId: id.nullable() }),
  /** null: back to the default, the end of the item's span. */
  z.object({ kind: z.literal('dueDate'), dueDate: isoDate.nullable() }),
  z.object({ kind: z.literal('transition'), action: z.enum(['start', 'submit']) }),
]);
export const bulkInput = z.object({ ids: z.array(id).min(1, '请先勾选事项').max(500, '一次最多处理500项'), change: bulkChange });
export const bulkResult = z.object({
  changed: z.number().int(),
  /** Items left as they were, each with why (e.g. 事项当前为“已办结”，不能“开始办理”). */
  skipped: z.array(z.object({ id, label: z.string(), reason: z.string() })),
});

/** Where a new item goes in its plan, for the 序号 it would get. */
export const seqPlace = z.object({
  planId: id,
  isKey: z.boolean().default(false),
  yearRound: z.boolean().default(false),
  startMonth: month.nullable().default(null),
  endMonth: month.nullable().default(null),
});

export type BulkChange = z.infer<typeof bulkChange>;
export type BulkResult = z.infer<typeof bulkResult>;
