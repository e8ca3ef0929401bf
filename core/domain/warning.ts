import { isClosed, type ItemStatus } from './status';
import { workingDaysBetween } from './working-days';

// Warnings are derived on every read from the item, its latest progress and today's date — never stored,
// so they can never disagree with the data.

export const WARNING_LEVELS = ['overdue', 'lagging', 'due_soon', 'normal', 'closed'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];

export const WARNING_LABELS: Record<WarningLevel, string> = {
  overdue: '逾期',
  lagging: '滞后',
  due_soon: '临期',
  normal: '正常',
  closed: '—',
};

/** Display colors (cards, tables, ledger fills): red, yellow, blue, green, grey. */
export const WARNING_COLORS: Record<WarningLevel, string> = {
  overdue: '#cf1322',
  lagging: '#d4b106',
  due_soon: '#1677ff',
  normal: '#389e0d',
  closed: '#8c8c8c',
};

export interface WarningSettings {
  /** Percentage points an item may trail its 序时 expected progress before it counts as 滞后. */
  lagThresholdPct: number;
  /** An open item due within this many working days is 临期. */
  dueSoonWorkingDays: number;
}

export const DEFAULT_WARNING_SETTINGS: WarningSettings = { lagThresholdPct: 20, dueSoonWorkingDays: 5 };

export interface WarningInput {
  year: number;
  status: ItemStatus;
  startMonth: number | null;
  yearRound: boolean;
  /** Effective deadline, YYYY-MM-DD. */
  dueDate: string;
  /** Latest recorded progress, 0–100; null when none was recorded. */
  percent: number | null;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** First day of the item's span: the 1st of its start month, or 1 January for year-round items. */
export function spanStart(input: Pick<WarningInput, 'year' | 'startMonth' | 'yearRound'>): string {
  const month = input.yearRound || input.startMonth == null ? 1 : input.startMonth;
  return `${input.year}-${String(month).padStart(2, '0')}-01`;
}

/** 序时进度: the share of the span elapsed by `today`, 0–100. */
export function expectedProgress(input: WarningInput, today: string): number {
  const start = spanStart(input);
  const total = daysBetween(start, input.dueDate) + 1;
  const elapsed = daysBetween(start, today) + 1;
  if (elapsed <= 0) return 0;
  return Math.min(100, Math.round((elapsed / total) * 100));
}

// The rules below are shared by the live warnings and the period model (core/domain/period.ts), so a
// card, the dashboard and a report can never disagree about what 逾期 or 滞后 means.

/** 逾期: open after its deadline. */
export function isOverdueOn(input: WarningInput, date: string): boolean {
  return !isClosed(input.status) && date > input.dueDate;
}

/** 未到开始时间: the span has not begun on `date`. */
export function startsAfter(input: Pick<WarningInput, 'year' | 'startMonth' | 'yearRound'>, date: string): boolean {
  return date < spanStart(input);
}

/** 滞后: the span has begun and the item is not started, or trails 序时 by more than the threshold. */
export function lagsOn(input: WarningInput, date: string, settings: WarningSettings): boolean {
  if (isClosed(input.status) || startsAfter(input, date)) return false;
  return input.status === 'not_started' || expectedProgress(input, date) - (input.percent ?? 0) > settings.lagThresholdPct;
}

export function warningOf(input: WarningInput, today: string, settings: WarningSettings = DEFAULT_WARNING_SETTINGS): WarningLevel {
  if (isClosed(input.status)) return 'closed';
  if (isOverdueOn(input, today)) return 'overdue';
  if (lagsOn(input, today, settings)) return 'lagging';
  if (workingDaysBetween(today, input.dueDate, settings.dueSoonWorkingDays) <= settings.dueSoonWorkingDays) return 'due_soon';
  return 'normal';
}
