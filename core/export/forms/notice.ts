import { addDays, isWorkingDay } from '../../domain/working-days';
import { WARNING_LABELS } from '../../domain/warning';
import { isClosed } from '../../domain/status';
import type { Block } from '../document';
import type { DocKind } from '../register';
import type { ExportBase, ExportItem } from '../export-data';
import { NOTICE_COLUMNS } from '../item-columns';
import { itemRow } from '../item-groups';
import { cnDate, completionText, ownerNames } from '../item-text';

// 督办通知单 and 催办单: one numbered notice per addressee (the 主办), listing the items it presses,
// with a deadline for written feedback and a blank box for the owner's reply.

export const NOTICE_KINDS = {
  supervise: { title: '督办通知单', word: '督办', docKind: 'notice.supervise' },
  urge: { title: '催办单', word: '催办', docKind: 'notice.urge' },
} as const satisfies Record<string, { title: string; word: string; docKind: DocKind }>;
export type NoticeKind = keyof typeof NOTICE_KINDS;

export type NoticeTarget =
  | { scope: 'item'; itemId: number }
  | { scope: 'owner'; personId: number }
  | { scope: 'overdue' };

export interface NoticeDraft {
  addressee: string;
  personId: number;
  items: ExportItem[];
}

/** The notices a target calls for, and the items it covers that no notice can be addressed for (no 主办). */
export interface NoticeRun {
  drafts: NoticeDraft[];
  unaddressed: ExportItem[];
}

export const DEFAULT_FEEDBACK_WORKING_DAYS = 5;

/** The date `days` working days after `from` (holidays and 调休 make-up days observed). */
export function addWorkingDays(from: string, days: number): string {
  let date = from;
  for (let counted = 0; counted < days; ) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) counted++;
  }
  return date;
}

const leads = (item: ExportItem) => item.owners.filter((o) => o.role === 'lead');

/** Groups items into notices, one per 主办 (an item with two 主办 goes to both), in plan order. */
function byLead(items: ExportItem[]): NoticeDraft[] {
  const drafts = new Map<number, NoticeDraft>();
  for (const item of items)
    for (const lead of leads(item)) {
      const draft = drafts.get(lead.personId) ?? { addressee: lead.name, personId: lead.personId, items: [] };
      draft.items.push(item);
      drafts.set(lead.personId, draft);
    }
  return [...drafts.values()];
}

/**
 * The notices a target calls for: an item's 主办, one owner's open items, or every overdue item by 主办.
 * A notice goes to a named person; items without a 主办 are returned apart, never dropped in silence.
 */
export function noticeRun(items: ExportItem[], target: NoticeTarget): NoticeRun {
  switch (target.scope) {
    case 'item': {
      // One notice for one item, addressed to all its 主办 together.
      const item = items.find((i) => i.id === target.itemId);
      if (!item) return { drafts: [], unaddressed: [] };
      const owners = leads(item);
      if (owners.length === 0) return { drafts: [], unaddressed: [item] };
      return { drafts: [{ addressee: owners.map((o) => o.name).join('、'), personId: owners[0].personId, items: [item] }], unaddressed: [] };
    }
    case 'owner': {
      const mine = items.filter((i) => !isClosed(i.status) && i.owners.some((o) => o.personId === target.personId));
      const owner = mine[0]?.owners.find((o) => o.personId === target.personId);
      return { drafts: owner ? [{ addressee: owner.name, personId: owner.personId, items: mine }] : [], unaddressed: [] };
    }
    case 'overdue': {
      const overdue = items.filter((i) => i.warning === 'overdue');
      return { drafts: byLead(overdue), unaddressed: overdue.filter((i) => leads(i).length === 0) };
    }
  }
}

export interface NoticeOptions {
  kind: NoticeKind;
  number: string;
  feedbackDate: string;
  requirement: string;
}

const DEFAULT_REQUIREMENTS: Record<NoticeKind, string> = {
  supervise: '请对照年度工作计划，认真分析未按期完成的原因，明确整改措施、责任人和完成时限，确保按期保质完成；确有困难需调整完成时限的，应按程序申请延期。',
  urge: '请立即组织推进，按期办结；逾期未反馈的，将在督查通报中予以通报。',
};

function itemFields(item: ExportItem): [string, string][] {
  return [
    ['工作事项', item.content],
    ['计划时间', `${item.period}${item.seq != null ? `（序号${item.seq}）` : ''}`],
    ['主办', ownerNames(item, 'lead') || '—'],
    ['协办', ownerNames(item, 'assist') || '—'],
    ['原定完成时限', cnDate(item.originalDueDate)],
    ['现完成时限', cnDate(item.dueDate)],
    ['当前状态', completionText(item)],
    ['预警情况', WARNING_LABELS[item.warning]],
    ['最新进展', item.progressText || '暂无进展记录'],
  ];
}

export function noticeBlocks(base: ExportBase, draft: NoticeDraft, options: NoticeOptions): Block[] {
  const { title, word } = NOTICE_KINDS[options.kind];
  const n = draft.items.length;
  const overdue = draft.items.every((i) => i.warning === 'overdue');
  const listed = n === 1 ? '下列工作' : `下列${n}项工作`;
  const intro =
    options.kind === 'supervise'
      ? `根据《${base.plan.title}》和年度工作督查安排，经查，${listed}${overdue ? '已超过完成时限仍未办结' : '尚未办结'}。现予督办，请高度重视，按督办要求抓紧办理，并于${cnDate(options.feedbackDate)}前将办理情况书面反馈${base.organization}。`
      : `${listed}已经督办，截至${cnDate(base.scope.today)}仍未办结。现予催办，请于${cnDate(options.feedbackDate)}前办结，并将办理情况书面反馈${base.organization}。`;
  return [
    { kind: 'title', text: title },
    { kind: 'subtitle', text: options.number },
    { kind: 'paragraph', text: `${draft.addressee}同志：` },
    { kind: 'paragraph', text: intro, indent: true },
    // One item in full; several in one table so a notice to a busy owner stays a page or two.
    n === 1
      ? { kind: 'fields', rows: itemFields(draft.items[0]) }
      : { kind: 'table', columns: NOTICE_COLUMNS.map((c) => c.column), rows: draft.items.map((i) => itemRow(i, NOTICE_COLUMNS)), size: 10.5 },
    { kind: 'heading', text: `${word}要求` },
    { kind: 'paragraph', text: options.requirement || DEFAULT_REQUIREMENTS[options.kind], indent: true },
    { kind: 'paragraph', text: `反馈时限：${cnDate(options.feedbackDate)}前`, indent: true },
    { kind: 'box', label: '办理情况（由承办人填写，可另附页）：', heightMm: 55 },
    { kind: 'issuer', office: base.organization, date: cnDate(base.scope.today) },
    { kind: 'signatures', labels: ['签收人', '签收日期'] },
  ];
}
