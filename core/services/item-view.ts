import type { ItemListRow, OwnerRow } from '../../db/queries/items';
import type { ItemSummary } from '../contract/item';
import { effectiveDueDate, periodLabel } from '../domain/months';
import type { OwnerRole } from '../domain/roles';
import type { ItemStatus } from '../domain/status';

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

export function toSummary(row: ItemListRow, owners: ItemSummary['owners'], carried = false): ItemSummary {
  const span = { startMonth: row.startMonth, endMonth: row.endMonth, yearRound: row.yearRound };
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
    dueDate: effectiveDueDate(row.year, span, row.dueDate),
    status: row.status as ItemStatus,
    notes: row.notes,
    owners,
    carried,
  };
}
