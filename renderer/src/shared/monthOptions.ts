import { FIRST_MONTH, LAST_MONTH } from '../../../core/domain/months';

/** Months as select options: 2月 … 12月. */
export function monthOptionsOf(months: number[]) {
  return months.map((month) => ({ value: month, label: `${month}月` }));
}

/** 1月 … 12月 (where any month of the year may be chosen, e.g. an item's span). */
export const MONTH_OPTIONS = monthOptionsOf(Array.from({ length: LAST_MONTH - FIRST_MONTH + 1 }, (_, k) => FIRST_MONTH + k));
