import { addDays, daysBetween, firstDay, lastDay, minDate } from './dates';

// The second computation of the period model, written straight from the rules the lead gave for issue 8
// (not from core/domain/period*.ts): deliberately plain, one rule per function, over the test's own
// record of what it did to the ledger and when.

export type Status = 'not_started' | 'in_progress' | 'pending_review' | 'returned' | 'done' | 'cancelled';
export const STATES = ['done_in_period', 'done_before', 'cancelled', 'overdue', 'lagging', 'not_yet_started', 'on_schedule'] as const;
export type State = (typeof STATES)[number];

export interface HistoryItem {
  id: number;
  seq: number;
  content: string;
  yearRound: boolean;
  startMonth: number | null;
  /** null: a one-month item (startMonth only). */
  endMonth: number | null;
  isKey: boolean;
  /** 板块 title, or null. */
  section: string | null;
  owners: { name: string; role: 'lead' | 'assist' }[];
  explicitDue: string | null;
  /** Every status change, in the order they happened, dated by the local date of the instant. */
  statusChanges: { date: string; to: Status }[];
  /** Progress entries in the order they were recorded: their own (entry) date, percent and text. */
  progress: { date: string; percent: number | null; text: string }[];
  /** Approved postponements in the order approved: the approval's local date and the new due date. */
  dueChanges: { date: string; due: string }[];
}

export interface History {
  year: number;
  /** 滞后 threshold in percentage points (settings.lagThresholdPct). */
  threshold: number;
  /** The app's "today" when the outputs are read. */
  today: string;
  items: HistoryItem[];
}

export interface Period {
  fromMonth: number;
  toMonth: number;
}

export const WHOLE_YEAR: Period = { fromMonth: 1, toMonth: 12 };

export function periodStart(year: number, p: Period): string {
  return firstDay(year, p.fromMonth);
}
export function periodEnd(year: number, p: Period): string {
  return lastDay(year, p.toMonth);
}

/** Forms read a period on its last day, or today while it runs. */
export function formAsOf(h: History, p: Period): string {
  return minDate(periodEnd(h.year, p), h.today);
}

// ---- one item -------------------------------------------------------------------------------------

const endMonthOf = (item: HistoryItem) => item.endMonth ?? item.startMonth!;

export function spanStart(year: number, item: HistoryItem): string {
  return item.yearRound ? firstDay(year, 1) : firstDay(year, item.startMonth!);
}

export function plannedDue(year: number, item: HistoryItem): string {
  if (item.explicitDue) return item.explicitDue;
  return item.yearRound ? lastDay(year, 12) : lastDay(year, endMonthOf(item));
}

/** The status at the end of `date`: the last change dated on or before it. */
export function statusOn(item: HistoryItem, date: string): Status {
  let status: Status = 'not_started';
  for (const change of item.statusChanges) if (change.date <= date) status = change.to;
  return status;
}

const isClosed = (s: Status) => s === 'done' || s === 'cancelled';

/** The date the item was closed (done or cancelled), if it was closed on or before `date`. */
export function closedOn(item: HistoryItem, date: string): string | null {
  const close = item.statusChanges.find((c) => isClosed(c.to) && c.date <= date);
  return close ? close.date : null;
}

/** The due date in force at the end of `date`. */
export function dueOn(year: number, item: HistoryItem, date: string): string {
  let due = plannedDue(year, item);
  for (const change of item.dueChanges) if (change.date <= date) due = change.due;
  return due;
}

/** The latest progress entry dated on or before `date` (by date, then entry order): its percent, 0 if none or null. */
export function percentOn(item: HistoryItem, date: string): number {
  let latest: { date: string; percent: number | null } | null = null;
  for (const entry of item.progress) if (entry.date <= date && (latest === null || entry.date >= latest.date)) latest = entry;
  return latest?.percent ?? 0;
}

/** The latest progress entry dated on or before `date` (its text), or null. */
export function progressTextOn(item: HistoryItem, date: string): string | null {
  let latest: { date: string; text: string } | null = null;
  for (const entry of item.progress) if (entry.date <= date && (latest === null || entry.date >= latest.date)) latest = entry;
  return latest?.text ?? null;
}

/** 序时: the elapsed share of the span on `asOf`, in whole percent, at most 100. */
export function expectedPercent(year: number, item: HistoryItem, asOf: string): number {
  const start = spanStart(year, item);
  const elapsed = daysBetween(start, asOf) + 1;
  const length = daysBetween(start, dueOn(year, item, asOf)) + 1;
  return Math.min(100, Math.round((100 * elapsed) / length));
}

export function inScope(year: number, item: HistoryItem, p: Period, asOf: string): boolean {
  if (item.yearRound || item.isKey) return true;
  const end = endMonthOf(item);
  if (item.startMonth! <= p.toMonth && end >= p.fromMonth) return true;
  const start = periodStart(year, p);
  if (end < p.fromMonth && !isClosed(statusOn(item, addDays(start, -1)))) return true;
  const closed = closedOn(item, asOf);
  return closed !== null && closed >= start && closed <= asOf;
}

export function stateOf(year: number, threshold: number, item: HistoryItem, p: Period, asOf: string): State {
  const status = statusOn(item, asOf);
  const start = periodStart(year, p);
  if (status === 'done') return closedOn(item, asOf)! >= start ? 'done_in_period' : 'done_before';
  if (status === 'cancelled') return 'cancelled';
  if (dueOn(year, item, asOf) < asOf) return 'overdue';
  const begun = asOf >= spanStart(year, item);
  if (begun && (status === 'not_started' || expectedPercent(year, item, asOf) - percentOn(item, asOf) > threshold)) return 'lagging';
  if (spanStart(year, item) > asOf) return 'not_yet_started';
  return 'on_schedule';
}

/** Where a period's forms list an item. */
export type Placement = 'key' | 'yearRound' | 'scheduled' | 'carried' | 'early';

export function placementOf(item: HistoryItem, p: Period): Placement {
  if (item.isKey) return 'key';
  if (item.yearRound) return 'yearRound';
  if (endMonthOf(item) < p.fromMonth) return 'carried';
  if (item.startMonth! > p.toMonth) return 'early';
  return 'scheduled';
}

export interface Entry {
  item: HistoryItem;
  state: State;
  placement: Placement;
  status: Status;
  due: string;
  progressText: string | null;
}

/** A period read on `asOf`: the items in scope, each with its state. */
export function readPeriod(h: History, p: Period, asOf: string): Entry[] {
  return h.items
    .filter((item) => inScope(h.year, item, p, asOf))
    .map((item) => ({
      item,
      state: stateOf(h.year, h.threshold, item, p, asOf),
      placement: placementOf(item, p),
      status: statusOn(item, asOf),
      due: dueOn(h.year, item, asOf),
      progressText: progressTextOn(item, asOf),
    }));
}

// ---- counts ---------------------------------------------------------------------------------------

export interface Tally {
  total: number;
  done: number;
  byState: Record<State, number>;
  rate: number | null;
}

export function tally(entries: { state: State }[]): Tally {
  const byState = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<State, number>;
  for (const e of entries) byState[e.state] += 1;
  const total = entries.length;
  const done = byState.done_in_period + byState.done_before;
  const divisor = total - byState.cancelled;
  return { total, done, byState, rate: divisor === 0 ? null : Math.round((done * 1000) / divisor) / 10 };
}

export function periodLabel(item: HistoryItem): string {
  if (item.yearRound) return '贯穿全年';
  const end = endMonthOf(item);
  return item.startMonth === end ? `${end}月` : `${item.startMonth}-${end}月`;
}

/** 按月份: every item once — 主要任务, its period label, 贯穿全年. */
export function monthGroup(item: HistoryItem): string {
  return item.isKey ? '主要任务' : periodLabel(item);
}

/**
 * 按板块: an item with a section under it; otherwise 贯穿全年工作 or 月度工作. The rules leave a 主要任务
 * without a 板块 open; the app lists them as 主要任务（未分类）, which the oracle takes over.
 */
export function sectionGroup(item: HistoryItem): string {
  if (item.section) return item.section;
  if (item.isKey) return '主要任务（未分类）';
  return item.yearRound ? '贯穿全年工作' : '月度工作';
}

export const NO_OWNER = '未明确责任人';

/** 按责任人: every owner (主办 or 协办) counts the item; no owner: 未明确责任人. */
export function ownerGroups(item: HistoryItem): string[] {
  return item.owners.length ? item.owners.map((o) => o.name) : [NO_OWNER];
}

export function groupTallies(entries: Entry[], groupsOf: (item: HistoryItem) => string[]): Map<string, Tally> {
  const members = new Map<string, Entry[]>();
  for (const e of entries) for (const g of groupsOf(e.item)) members.set(g, [...(members.get(g) ?? []), e]);
  return new Map([...members].map(([g, list]) => [g, tally(list)]));
}

// ---- what each output should say ------------------------------------------------------------------

export interface ExpectedDashboard {
  totals: Tally;
  monthTotals: Tally;
  counts: { thisMonth: number; overdue: number; lagging: number };
  byMonth: Map<string, Tally>;
  byOwner: Map<string, Tally>;
  bySection: Map<string, Tally>;
  thisMonthIds: number[];
  overdueIds: number[];
  laggingIds: number[];
}

/** The dashboard: the whole year and the chosen month, both read today. */
export function expectedDashboard(h: History, month: number): ExpectedDashboard {
  const year = readPeriod(h, WHOLE_YEAR, h.today);
  const chosen = readPeriod(h, { fromMonth: month, toMonth: month }, h.today);
  const yearTally = tally(year);
  return {
    totals: yearTally,
    monthTotals: tally(chosen),
    counts: { thisMonth: chosen.length, overdue: yearTally.byState.overdue, lagging: yearTally.byState.lagging },
    byMonth: groupTallies(year, (i) => [monthGroup(i)]),
    byOwner: groupTallies(year, ownerGroups),
    bySection: groupTallies(year, (i) => [sectionGroup(i)]),
    thisMonthIds: chosen.map((e) => e.item.id),
    overdueIds: year.filter((e) => e.state === 'overdue').map((e) => e.item.id),
    laggingIds: year.filter((e) => e.state === 'lagging').map((e) => e.item.id),
  };
}

/** Months with a sheet in the 台账: February (January if an item starts then) to December. */
export function ledgerMonths(h: History): number[] {
  const first = Math.min(2, ...h.items.filter((i) => !i.yearRound).map((i) => i.startMonth!));
  return Array.from({ length: 13 - first }, (_, k) => first + k);
}

export interface ExpectedSummary {
  asOf: string;
  total: Tally;
  byMonth: Map<string, Tally>;
  byOwner: Map<string, Tally>;
  bySection: Map<string, Tally>;
  months: { month: number; asOf: string; tally: Tally }[];
}

/** The 汇总 sheet: the year read on min(31 Dec, today), and one row per month sheet. */
export function expectedSummary(h: History): ExpectedSummary {
  const asOf = formAsOf(h, WHOLE_YEAR);
  const year = readPeriod(h, WHOLE_YEAR, asOf);
  return {
    asOf,
    total: tally(year),
    byMonth: groupTallies(year, (i) => [monthGroup(i)]),
    byOwner: groupTallies(year, ownerGroups),
    bySection: groupTallies(year, (i) => [sectionGroup(i)]),
    months: ledgerMonths(h).map((month) => {
      const p = { fromMonth: month, toMonth: month };
      const monthAsOf = formAsOf(h, p);
      return { month, asOf: monthAsOf, tally: tally(readPeriod(h, p, monthAsOf)) };
    }),
  };
}

/** A period's form (month form, 台账 month sheet, 通报): its entries read on min(last day, today). */
export function expectedForm(h: History, p: Period): { asOf: string; entries: Entry[]; tally: Tally } {
  const asOf = formAsOf(h, p);
  const entries = readPeriod(h, p, asOf);
  return { asOf, entries, tally: tally(entries) };
}
