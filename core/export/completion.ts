import type { ItemSummary } from '../contract/item';
import { rateOf } from '../domain/completion';

// Completion counts for the 汇总 sheet and the 督查通报: the dashboard's rates (cancelled items leave the
// denominator, core/domain/completion.ts) with the breakdown paper forms print — 推进中 and 逾期.

export interface Tally {
  total: number;
  done: number;
  /** Open and not overdue: 推进中. */
  open: number;
  overdue: number;
  cancelled: number;
  /** Percent, 0–100 with one decimal; null when nothing is left to complete. */
  rate: number | null;
}

type Counted = Pick<ItemSummary, 'status' | 'warning'>;

export function tally(items: Counted[]): Tally {
  const t = { total: items.length, done: 0, open: 0, overdue: 0, cancelled: 0 };
  for (const i of items) {
    if (i.status === 'done') t.done++;
    else if (i.status === 'cancelled') t.cancelled++;
    else if (i.warning === 'overdue') t.overdue++;
    else t.open++;
  }
  return { ...t, rate: rateOf(t.done, t.total - t.cancelled) };
}

/** Tallies per group, groups in order of first appearance; an item may fall in several groups. */
export function tallyBy<T extends Counted>(items: T[], groupsOf: (item: T) => string[]): { label: string; tally: Tally }[] {
  const groups = new Map<string, T[]>();
  for (const item of items)
    for (const label of groupsOf(item)) {
      const members = groups.get(label);
      if (members) members.push(item);
      else groups.set(label, [item]);
    }
  return [...groups].map(([label, members]) => ({ label, tally: tally(members) }));
}

// Groupings as the dashboard draws them, so the printed 汇总 and the screen give the same numbers.
// Paper adds one row the screen leaves out: items nobody owns yet.
const NO_OWNER = '未明确责任人';

type Grouped = Pick<ItemSummary, 'isKey' | 'period' | 'owners' | 'sectionTitle'> & Counted;

/** By the 月份 column; key tasks (主要任务) run all year and are counted by section instead. */
export const byPeriod = (i: Grouped): string[] => (i.isKey ? [] : [i.period]);

export const bySection = (i: Grouped): string[] => [i.sectionTitle ?? (i.isKey ? '未分类' : '月度工作')];

/** Every owner, 主办 or 协办, most items first; the unowned last. */
export function ownerTallies<T extends Grouped>(items: T[]): { label: string; tally: Tally }[] {
  const rows = tallyBy(items, (i) => (i.owners.length ? i.owners.map((o) => o.name) : [NO_OWNER]));
  return rows.sort((a, b) => Number(a.label === NO_OWNER) - Number(b.label === NO_OWNER) || b.tally.total - a.tally.total);
}
