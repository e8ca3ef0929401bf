import type { Db } from '../../db/client';
import { personExists } from '../../db/queries/persons';
import { getPlanRow, getSectionRow } from '../../db/queries/plans';
import {
  addOwners, addTargets, deleteItem as deleteItemRow, getItemListRow, insertItem, itemRowsByIds, numberedItemsOfPlan, ownersOfItems,
  replaceOwners, replaceTargets, searchItemRows, targetsOfItem, updateItem as updateItemRow,
  type ItemListRow,
} from '../../db/queries/items';
import { AppError, notFound } from '../contract/app-error';
import type { ItemDetail, ItemInput, ItemSearch, ItemSummary, ItemUpdate, PersonItemGroup } from '../contract/item';
import { periodLabel } from '../domain/months';
import { itemSpansOfPerson } from '../../db/queries/dashboard';
import type { Comparator } from '../domain/roles';
import type { ItemSource } from '../domain/roles';
import type { Span } from '../domain/months';
import { nextSeq } from '../domain/seq';
import type { Ctx } from '../context';
import { recordAudit } from './audit';
import { editConflict } from './edit-conflict';
import { ownersByItem, toSummary } from './item-view';
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
  for (const owner of input.owners) if (!personExists(db, owner.personId)) throw notFound('所选责任人');
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

/** The 序号 a new item in this place of the plan gets unless one is given. */
export function nextSeqOf(db: Db, planId: number, place: Span & { isKey: boolean }): number {
  if (!getPlanRow(db, planId)) throw notFound('该年度计划');
  return nextSeq(numberedItemsOfPlan(db, planId), place);
}

export function createItem(ctx: Ctx, input: ItemInput): ItemDetail {
  return inTransaction(ctx, (tx) => {
    checkReferences(tx, input);
    const columns = itemColumns(input);
    const id = insertItem(tx, { ...columns, seq: columns.seq ?? nextSeqOf(tx, input.planId, columns) });
    addOwners(tx, id, input.owners);
    addTargets(tx, id, input.targets);
    const after = getItem(readScope(ctx, tx), id);
    recordAudit(tx, ctx, { action: 'item.create', entity: 'item', entityId: id, after });
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
 * One person's items in a plan, grouped by period in plan order (主要任务 together); each group shows its
 * first `perGroup` items (all without it) and its size.
 */
export function itemsOfPerson(scope: ReadScope, personId: number, planId: number, perGroup?: number): PersonItemGroup[] {
  const groups = new Map<string, Omit<PersonItemGroup, 'items'> & { ids: number[] }>();
  for (const f of itemSpansOfPerson(scope.db, personId, planId)) {
    const span = { startMonth: f.startMonth, endMonth: f.endMonth ?? f.startMonth, yearRound: Boolean(f.yearRound) || f.startMonth == null };
    const period = f.isKey ? '主要任务' : periodLabel(span);
    const group = groups.get(period) ?? { period, isKey: Boolean(f.isKey), span, total: 0, ids: [] };
    group.total += 1;
    if (perGroup === undefined || group.ids.length < perGroup) group.ids.push(f.id);
    groups.set(period, group);
  }
  const shown = [...groups.values()];
  const summaries = new Map(summarizeRows(scope, itemRowsByIds(scope.db, shown.flatMap((g) => g.ids))).map((s) => [s.id, s]));
  return shown.map(({ ids, ...g }) => ({ ...g, items: ids.map((id) => summaries.get(id)!) }));
}
