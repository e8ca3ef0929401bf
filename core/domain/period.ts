import { lastDayOfMonth, type Span } from './months';
import { isClosed, type ItemStatus } from './status';
import { isOverdueOn, lagsOn, startsAfter, type WarningInput, type WarningSettings } from './warning';
import { addDays } from './working-days';

// The period model: which items a period (a month or a range of months of the plan's year) covers, and
// the state each was in on the date the period is read — derived from the item's dated history, never
// from its current state, so a July report made in November says what was true on 31 July. Every count
// the office reports (dashboard, 汇总, 通报, month forms, rates) comes from here.

export interface Period {
  fromMonth: number;
  toMonth: number;
}

export interface PeriodBounds {
  /** First day of the period. */
  start: string;
  /** Last day of the period. */
  end: string;
}

export const PERIOD_STATES = ['done_in_period', 'done_before', 'cancelled', 'overdue', 'lagging', 'not_yet_started', 'on_schedule'] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];

export const PERIOD_STATE_LABELS: Record<PeriodState, string> = {
  done_in_period: '本期办结',
  done_before: '此前办结',
  cancelled: '已中止',
  overdue: '逾期',
  lagging: '滞后',
  not_yet_started: '未到开始时间',
  on_schedule: '按序推进',
};

/** An item as the period model reads it: its plan-time facts and its dated history. */
export interface ItemHistory extends Span {
  id: number;
  isKey: boolean;
  /** The status now; earlier statuses are read back through `changes`. */
  status: ItemStatus;
  /** Status changes, oldest first, each dated by the office's calendar. */
  changes: { date: string; from: ItemStatus; to: ItemStatus }[];
  /** The deadline before any postponement (the explicit one, or the end of the span). */
  originalDueDate: string;
  /** Approved postponements, oldest first: the date of the decision and the new deadline. */
  postponements: { date: string; dueDate: string }[];
  /** Progress entries, oldest first (by date, then entry order). */
  progress: { date: string; percent: number | null }[];
}

export function periodBounds(year: number, period: Period): PeriodBounds {
  return { start: `${year}-${String(period.fromMonth).padStart(2, '0')}-01`, end: lastDayOfMonth(year, period.toMonth) };
}

/** The date a report on the period reads the ledger on: the period's last day, or today while it runs. */
export function reportDate(bounds: PeriodBounds, today: string): string {
  return today < bounds.end ? today : bounds.end;
}

/** The status at the end of `date`. */
export function statusOn(item: Pick<ItemHistory, 'status' | 'changes'>, date: string): ItemStatus {
  const next = item.changes.find((c) => c.date > date);
  return next ? next.from : item.status;
}

/** The date the item closed (办结 or 中止) if it was closed at the end of `date`, else null. */
export function closedOn(item: Pick<ItemHistory, 'status' | 'changes'>, date: string): string | null {
  if (!isClosed(statusOn(item, date))) return null;
  const closing = lastWhere(item.changes, (c) => c.date <= date && isClosed(c.to) && !isClosed(c.from));
  // No recorded change: it was closed before its history was kept; count it as closed from the start.
  return closing?.date ?? '0000-01-01';
}

/** The last element that passes (what `filter(test).at(-1)` gives, without the copy: this runs per item). */
function lastWhere<T>(list: readonly T[], test: (value: T) => boolean): T | undefined {
  for (let k = list.length - 1; k >= 0; k--) if (test(list[k])) return list[k];
  return undefined;
}

/** The deadline in force at the end of `date`: postponements count from the day they were approved. */
export function dueOn(item: Pick<ItemHistory, 'originalDueDate' | 'postponements'>, date: string): string {
  return lastWhere(item.postponements, (p) => p.date <= date)?.dueDate ?? item.originalDueDate;
}

/** The latest progress percent recorded for a date up to `date`; null when none. */
export function percentOn(item: Pick<ItemHistory, 'progress'>, date: string): number | null {
  return lastWhere(item.progress, (p) => p.date <= date)?.percent ?? null;
}

/** The facts the warning rules read, as they stood at the end of `date`. */
export function factsOn(item: ItemHistory, year: number, date: string): WarningInput {
  return {
    year,
    status: statusOn(item, date),
    startMonth: item.startMonth,
    yearRound: isYearRound(item),
    dueDate: dueOn(item, date),
    percent: percentOn(item, date),
  };
}

function isYearRound(span: Span): boolean {
  return span.yearRound || span.startMonth == null;
}

function spanOverlaps(span: Span, period: Period): boolean {
  if (isYearRound(span)) return true;
  return span.startMonth! <= period.toMonth && (span.endMonth ?? span.startMonth!) >= period.fromMonth;
}

function spanEndsBefore(span: Span, period: Period): boolean {
  return !isYearRound(span) && (span.endMonth ?? span.startMonth!) < period.fromMonth;
}

/**
 * In scope for the period, read on `asOf`: its span overlaps the period, or it is 贯穿全年, or a 主要任务,
 * or it ended earlier and was still open when the period began (结转), or it was closed inside the period.
 */
export function inScope(
  item: Pick<ItemHistory, 'isKey' | 'status' | 'changes' | 'startMonth' | 'endMonth' | 'yearRound'>,
  period: Period,
  bounds: PeriodBounds,
  asOf: string,
): boolean {
  if (item.isKey || spanOverlaps(item, period)) return true;
  if (spanEndsBefore(item, period) && !isClosed(statusOn(item, addDays(bounds.start, -1)))) return true;
  const closed = closedOn(item, asOf);
  return closed !== null && closed >= bounds.start;
}

/** The item's state in the period, read on `asOf`. */
export function stateOn(item: ItemHistory, year: number, bounds: PeriodBounds, asOf: string, settings: WarningSettings): PeriodState {
  const facts = factsOn(item, year, asOf);
  if (facts.status === 'done') return closedOn(item, asOf)! >= bounds.start ? 'done_in_period' : 'done_before';
  if (facts.status === 'cancelled') return 'cancelled';
  if (isOverdueOn(facts, asOf)) return 'overdue';
  if (lagsOn(facts, asOf, settings)) return 'lagging';
  if (startsAfter(facts, asOf)) return 'not_yet_started';
  return 'on_schedule';
}

export interface PeriodEntry<T extends ItemHistory = ItemHistory> {
  item: T;
  state: PeriodState;
}

/** The items in scope for the period with their states, in the order given. */
export function periodEntries<T extends ItemHistory>(
  items: T[],
  year: number,
  period: Period,
  asOf: string,
  settings: WarningSettings,
): PeriodEntry<T>[] {
  const bounds = periodBounds(year, period);
  return items.filter((i) => inScope(i, period, bounds, asOf)).map((item) => ({ item, state: stateOn(item, year, bounds, asOf, settings) }));
}

export const isDone = (state: PeriodState): boolean => state === 'done_in_period' || state === 'done_before';
