import { FIRST_MONTH, LAST_MONTH } from '../../../core/domain/months';

/** 1月 … 12月 as select options. */
export const MONTH_OPTIONS = Array.from({ length: LAST_MONTH - FIRST_MONTH + 1 }, (_, k) => ({
  value: FIRST_MONTH + k,
  label: `${FIRST_MONTH + k}月`,
}));
