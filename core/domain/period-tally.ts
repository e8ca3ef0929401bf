import { periodLabel, type Span } from './months';
import { PERIOD_STATES, type PeriodState } from './period';

// Counts of a period's items by state, whole and by group (月份, 责任人, 工作板块). Every count the office
// reports is one of these: the parts of a tally always add up to its total.

export type StateCounts = Record<PeriodState, number>;

export interface PeriodTally {
  total: number;
  /** 办结: closed in the period or before it. */
  done: number;
  byState: StateCounts;
  /** 办结 ÷ (in scope − 已中止), percent with one decimal; null when nothing counts. */
  rate: number | null;
}

export function rateOf(done: number, counted: number): number | null {
  return counted > 0 ? Math.round((done / counted) * 1000) / 10 : null;
}

export function tallyOf(states: PeriodState[]): PeriodTally {
  const byState = Object.fromEntries(PERIOD_STATES.map((s) => [s, 0])) as StateCounts;
  for (const state of states) byState[state]++;
  const done = byState.done_in_period + byState.done_before;
  return { total: states.length, done, byState, rate: rateOf(done, states.length - byState.cancelled) };
}

export interface TallyGroup {
  key: string;
  label: string;
  tally: PeriodTally;
}

export interface Grouping<T> {
  /** The groups an entry falls in (an item with two owners counts for both). */
  of(entry: T): { key: string; label: string }[];
  /** Order of the groups. */
  compare?(a: TallyGroup, b: TallyGroup): number;
}

/** Tallies per group, in first-seen order unless the grouping orders them. */
export function tallyBy<T extends { state: PeriodState }>(entries: T[], grouping: Grouping<T>): TallyGroup[] {
  const groups = new Map<string, { label: string; states: PeriodState[] }>();
  for (const entry of entries)
    for (const { key, label } of grouping.of(entry)) {
      const group = groups.get(key) ?? { label, states: [] };
      group.states.push(entry.state);
      groups.set(key, group);
    }
  const rows = [...groups].map(([key, g]) => ({ key, label: g.label, tally: tallyOf(g.states) }));
  return grouping.compare ? rows.sort(grouping.compare) : rows;
}

// --- The office's three groupings. Each item is in exactly one 月份 group and one 板块 group, so those
// rows add up to the total; owners overlap (主办 and 协办 each count the item).

type GroupedItem = Span & {
  isKey: boolean;
  sectionId: number | null;
  sectionTitle: string | null;
  owners: { personId: number; name: string }[];
};
type Entry = { item: GroupedItem; state: PeriodState };

export const KEY_TASKS_LABEL = '主要任务';
export const NO_OWNER_LABEL = '未明确责任人';

/** 主要任务 first, then the plan's periods in calendar order (2月 … 7-8月 … 11-12月), 贯穿全年 last. */
export const byPlanPeriod: Grouping<Entry> = {
  of: ({ item }) => {
    if (item.isKey) return [{ key: 'key', label: KEY_TASKS_LABEL }];
    const label = periodLabel(item);
    const yearRound = item.yearRound || item.startMonth == null;
    return [{ key: yearRound ? 'year-round' : `${String(item.startMonth).padStart(2, '0')}-${String(item.endMonth ?? item.startMonth).padStart(2, '0')}`, label }];
  },
  compare: (a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key),
};

function rank(key: string): number {
  return key === 'key' ? 0 : key === 'year-round' ? 2 : 1;
}

/** 主要任务 by their section (板块); other work as 月度工作 or 贯穿全年工作. */
export const bySection: Grouping<Entry> = {
  of: ({ item }) => {
    if (item.isKey || item.sectionId != null)
      return [{ key: `section-${item.sectionId ?? 0}`, label: item.sectionTitle ?? (item.isKey ? `${KEY_TASKS_LABEL}（未分类）` : '未分类') }];
    return item.yearRound || item.startMonth == null ? [{ key: 'year-round', label: '贯穿全年工作' }] : [{ key: 'monthly', label: '月度工作' }];
  },
};

/** Every owner, 主办 or 协办, most items first; items nobody owns yet last. */
export const byOwner: Grouping<Entry> = {
  of: ({ item }) => (item.owners.length ? item.owners.map((o) => ({ key: `person-${o.personId}`, label: o.name })) : [{ key: 'none', label: NO_OWNER_LABEL }]),
  compare: (a, b) => Number(a.key === 'none') - Number(b.key === 'none') || b.tally.total - a.tally.total,
};
