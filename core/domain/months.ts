// The office's year runs February..December; January is allowed for plans that use it (e.g. 1-2月).
export const FIRST_MONTH = 1;
export const LAST_MONTH = 12;

export interface Span {
  startMonth: number | null;
  endMonth: number | null;
  yearRound: boolean;
}

export const YEAR_ROUND_LABEL = '贯穿全年';

/** 2月, 7-8月, 贯穿全年 — the label the office writes in the 月份 column. */
export function periodLabel(span: Span): string {
  if (span.yearRound || span.startMonth == null) return YEAR_ROUND_LABEL;
  const end = span.endMonth ?? span.startMonth;
  return end === span.startMonth ? `${span.startMonth}月` : `${span.startMonth}-${end}月`;
}

/** True when month M lies within the span (year-round spans contain every month). */
export function spanContains(span: Span, month: number): boolean {
  if (span.yearRound || span.startMonth == null) return true;
  const end = span.endMonth ?? span.startMonth;
  return span.startMonth <= month && month <= end;
}

/** Last calendar day of a month as YYYY-MM-DD: the default deadline of an item ending that month. */
export function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Deadline used for warnings and sorting: the explicit one, else the end of the span (year-round: 12-31). */
export function effectiveDueDate(year: number, span: Span, dueDate: string | null): string {
  if (dueDate) return dueDate;
  if (span.yearRound || span.startMonth == null) return `${year}-12-31`;
  return lastDayOfMonth(year, span.endMonth ?? span.startMonth);
}
