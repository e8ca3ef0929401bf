import type { ItemStatus } from './status';

export interface RateRow {
  key: string;
  label: string;
  total: number;
  done: number;
  /** done / (total − cancelled), 0–100 with one decimal; null when nothing counts. */
  rate: number | null;
}

/**
 * Completion rates per group. Cancelled (已中止) items are left out of the denominator: stopping an item
 * by decision is not a failure to finish it.
 */
export function completionRates<T extends { status: ItemStatus }>(items: T[], groupsOf: (item: T) => { key: string; label: string }[]): RateRow[] {
  const rows = new Map<string, RateRow & { cancelled: number }>();
  for (const item of items)
    for (const { key, label } of groupsOf(item)) {
      const row = rows.get(key) ?? { key, label, total: 0, done: 0, cancelled: 0, rate: null };
      row.total++;
      if (item.status === 'done') row.done++;
      if (item.status === 'cancelled') row.cancelled++;
      rows.set(key, row);
    }
  return [...rows.values()].map(({ cancelled, ...row }) => ({ ...row, rate: rateOf(row.done, row.total - cancelled) }));
}

export function rateOf(done: number, counted: number): number | null {
  return counted > 0 ? Math.round((done / counted) * 1000) / 10 : null;
}
