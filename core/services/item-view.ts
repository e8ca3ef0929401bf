import type { ItemListRow, OwnerRow } from '../../db/queries/items';
import type { ItemSummary } from '../contract/item';
import { effectiveDueDate, periodLabel } from '../domain/months';
import type { OwnerRole } from '../domain/roles';
import type { ItemStatus } from '../domain/status';
import { warningOf } from '../domain/warning';
import type { ReadScope } from './read-scope';

/** Groups owner rows by item, keeping their order. */
export function ownersByItem(rows: OwnerRow[]): Map<number, ItemSummary['owners']> {
  const map = new Map<number, ItemSummary['owners']>();
  for (const row of rows) {
    const list = map.get(row.itemId) ?? [];
    list.push({ personId: row.personId, name: row.name, role: row.role as OwnerRole });
    map.set(row.itemId, list);
  }
  return map;
}

export function toSummary(scope: ReadScope, row: ItemListRow, owners: ItemSummary['owners'], carried = false): ItemSummary {
  const span = { startMonth: row.startMonth, endMonth: row.endMonth, yearRound: row.yearRound };
  const dueDate = effectiveDueDate(row.year, span, row.dueDate);
  const status = row.status as ItemStatus;
  const percent = row.percent ?? null;
  return {
    id: row.id,
    planId: row.planId,
    seq: row.seq,
    content: row.content,
    startMonth: row.startMonth,
    endMonth: row.endMonth,
    yearRound: row.yearRound,
    isKey: row.isKey,
    period: periodLabel(span),
    sectionId: row.sectionId,
    sectionTitle: row.sectionTitle,
    dueDate,
    status,
    notes: row.notes,
    owners,
    carried,
    percent,
    progressText: row.progressText ?? null,
    evidenceCount: row.evidenceCount ?? 0,
    warning: warningOf({ year: row.year, status, startMonth: row.startMonth, yearRound: row.yearRound, dueDate, percent }, scope.today, scope.warnings),
  };
}
