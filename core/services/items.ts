import type { Db } from '../../db/client';
import { getPersonRow } from '../../db/queries/persons';
import { getPlanRow, getSectionRow } from '../../db/queries/plans';
import {
  deleteItem as deleteItemRow, getItemListRow, insertItem, listItemRows, ownersOfItems,
  replaceOwners, replaceTargets, searchItemRows, targetsOfItem, updateItem as updateItemRow,
  type ItemListRow,
} from '../../db/queries/items';
import { AppError, notFound } from '../contract/app-error';
import type { BoardView, ItemDetail, ItemInput, ItemSearch, ItemSummary, ItemUpdate, MonthView } from '../contract/item';
import type { Comparator } from '../domain/roles';
import type { ItemSource } from '../domain/roles';
import { periodLabel, YEAR_ROUND_LABEL } from '../domain/months';
import { periodBounds, periodEntries, reportDate } from '../domain/period';
import type { Ctx } from '../context';
import { recordAudit } from './audit';
import { editConflict } from './edit-conflict';
import { ownersByItem, toSummary } from './item-view';
import { planHistories } from './plan-history';
import { readScope, type ReadScope } from './read-scope';
import { inTransaction, nowIso } from './write';

export function summarizeRows(scope: ReadScope, rows: ItemListRow[], carried = false): ItemSummary[] {
  const owners = ownersByItem(ownersOfItems(scope.db, rows.map((r) => r.id)));
  return rows.map((row) => toSummary(scope, row, owners.get(row.id) ?? [], carried));
}

export function getItem(scope: ReadScope, id: number): ItemDetail {
  const { db } = scope;
  const row = getItemListRow(db, id);
  if (!row) throw notFound('该事项');
  const [summary] = summarizeRows(scope, [row]);
  return {
    ...summary,
    explicitDueDate: row.dueDate,
    statusNote: row.statusNote,
    cadence: row.cadence,
    source: row.source as ItemSource,
    sourceRef: row.sourceRef,
    targets: targetsOfItem(db, id).map((t) => ({
      id: t.id, label: t.label, comparator: t.comparator as Comparator, value: t.value, unit: t.unit, actual: t.actual,
    })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** Checks references the schema cannot: the section belongs to the plan, owners exist, the span fits. */
function checkReferences(db: Db, input: ItemInput): void {
  if (!getPlanRow(db, input.planId)) throw notFound('所选年度计划');
  if (input.sectionId != null) {
    const sec = getSectionRow(db, input.sectionId);
    if (!sec || sec.planId !== input.planId) throw new AppError('BAD_INPUT', '所选分类不属于该年度计划');
  }
  for (const owner of input.owners) if (!getPersonRow(db, owner.personId)) throw notFound('所选责任人');
}

/** The columns an input writes; a year-round item keeps no months, a one-month item ends where it starts. */
function itemColumns(input: ItemInput) {
  const yearRound = input.yearRound;
  return {
    planId: input.planId,
    sectionId: input.sectionId,
    seq: input.seq,
    content: input.content,
    yearRound,
    startMonth: yearRound ? null : input.startMonth,
    endMonth: yearRound ? null : (input.endMonth ?? input.startMonth),
    isKey: input.isKey,
    dueDate: input.dueDate,
    cadence: input.cadence,
    notes: input.notes,
    source: input.source,
    sourceRef: input.sourceRef,
  };
}

export function createItem(ctx: Ctx, input: ItemInput): ItemDetail {
  return inTransaction(ctx, (tx) => {
    checkReferences(tx, input);
    const row = insertItem(tx, itemColumns(input));
    replaceOwners(tx, row.id, input.owners);
    replaceTargets(tx, row.id, input.targets);
    const after = getItem(readScope(ctx, tx), row.id);
    recordAudit(tx, ctx, { action: 'item.create', entity: 'item', entityId: row.id, after });
    return after;
  });
}

export function updateItem(ctx: Ctx, input: ItemUpdate): ItemDetail {
  return inTransaction(ctx, (tx) => {
    const before = getItem(readScope(ctx, tx), input.id);
    if (before.version !== input.version) throw editConflict(tx, before);
    if (before.planId !== input.planId) throw new AppError('BAD_INPUT', '事项不能移到其他年度计划，请在新年度中新建');
    checkReferences(tx, input);
    updateItemRow(tx, input.id, { ...itemColumns(input), updatedAt: nowIso(ctx) });
    replaceOwners(tx, input.id, input.owners);
    replaceTargets(tx, input.id, input.targets);
    const after = getItem(readScope(ctx, tx), input.id);
    recordAudit(tx, ctx, { action: 'item.update', entity: 'item', entityId: input.id, before, after });
    return after;
  });
}

export function deleteItem(ctx: Ctx, id: number): { ok: true } {
  return inTransaction(ctx, (tx) => {
    const before = getItem(readScope(ctx, tx), id);
    deleteItemRow(tx, id);
    recordAudit(tx, ctx, { action: 'item.delete', entity: 'item', entityId: id, before });
    return { ok: true as const };
  });
}

export function searchItems(scope: ReadScope, query: ItemSearch): { total: number; rows: ItemSummary[] } {
  const { offset, limit, ...filter } = query;
  const page = searchItemRows(scope.db, filter, offset, limit);
  return { total: page.total, rows: summarizeRows(scope, page.rows) };
}

/**
 * 月度: the month as the period model scopes it (the same items the month's printed form lists), each
 * shown as it stands now, since the month page is where it is worked on: the month's own items, later
 * ones already closed in it and year-round work; earlier items open when the month began or closed in it
 * (结转); the 主要任务.
 */
export function monthItems(scope: ReadScope, planId: number, month: number): MonthView {
  const { db } = scope;
  const plan = getPlanRow(db, planId);
  if (!plan) throw notFound('该年度计划');
  const rows = listItemRows(db, { planId });
  const histories = planHistories(db, plan, rows);
  const period = { fromMonth: month, toMonth: month };
  const asOf = reportDate(periodBounds(plan.year, period), scope.today);
  const inScope = new Set(periodEntries([...histories.values()], plan.year, period, asOf, scope.warnings).map((e) => e.item.id));
  const summaries = summarizeRows(scope, rows.filter((r) => inScope.has(r.id)));
  const endsBefore = (i: ItemSummary) => !i.yearRound && i.startMonth != null && (i.endMonth ?? i.startMonth) < month;
  return {
    month,
    items: summaries.filter((i) => !i.isKey && !endsBefore(i)),
    carried: summaries.filter((i) => !i.isKey && endsBefore(i)).map((i) => ({ ...i, carried: true })),
    keyTasks: summaries.filter((i) => i.isKey),
  };
}

/**
 * The year at a glance: one column per distinct monthly span (2月 … 7-8月 … 11-12月) in calendar order,
 * then 贯穿全年; key tasks grouped by their section. An empty plan shows February to December.
 */
export function boardOf(scope: ReadScope, planId: number): BoardView {
  if (!getPlanRow(scope.db, planId)) throw notFound('该年度计划');
  const items = summarizeRows(scope, listItemRows(scope.db, { planId }));
  const columns = new Map<string, BoardView['columns'][number]>();
  const monthly = items.filter((i) => !i.yearRound);
  const spans = monthly.length
    ? monthly.map((i) => ({ startMonth: i.startMonth, endMonth: i.endMonth }))
    : Array.from({ length: 11 }, (_, k) => ({ startMonth: k + 2, endMonth: k + 2 }));
  for (const span of spans) {
    const label = periodLabel({ ...span, yearRound: false });
    if (!columns.has(label)) columns.set(label, { key: label, label, ...span, yearRound: false, items: [] });
  }
  columns.set(YEAR_ROUND_LABEL, { key: 'year-round', label: YEAR_ROUND_LABEL, startMonth: null, endMonth: null, yearRound: true, items: [] });
  for (const i of items) if (!i.isKey) columns.get(i.yearRound ? YEAR_ROUND_LABEL : i.period)!.items.push(i);

  const keyTasks = new Map<string, BoardView['keyTasks'][number]>();
  for (const i of items.filter((x) => x.isKey)) {
    const key = String(i.sectionId ?? 0);
    if (!keyTasks.has(key)) keyTasks.set(key, { sectionId: i.sectionId, title: i.sectionTitle ?? '未分类', items: [] });
    keyTasks.get(key)!.items.push(i);
  }
  const ordered = [...columns.values()].sort(
    (a, b) => Number(a.yearRound) - Number(b.yearRound) || (a.startMonth ?? 0) - (b.startMonth ?? 0) || (a.endMonth ?? 0) - (b.endMonth ?? 0),
  );
  return { planId, columns: ordered, keyTasks: [...keyTasks.values()] };
}

/** One person's items in a plan, grouped by period in plan order. */
export function itemsOfPerson(scope: ReadScope, personId: number, planId: number): { period: string; items: ItemSummary[] }[] {
  const groups = new Map<string, ItemSummary[]>();
  for (const i of summarizeRows(scope, listItemRows(scope.db, { planId, personId }))) {
    const key = i.isKey ? '主要任务' : i.period;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  return [...groups.entries()].map(([period, items]) => ({ period, items }));
}
