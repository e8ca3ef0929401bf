import { z } from 'zod';
import { isCalendarDate } from '../domain/calendar-date';

export const id = z.number({ error: '编号须为数字' }).int().positive();
export const month = z.number({ error: '月份须为数字' }).int().min(1, '月份应在1至12之间').max(12, '月份应在1至12之间');
/** The one schema of a calendar date in the contract: every date a caller sends is a day that exists. */
export const isoDate = z
  .string({ error: '日期须为文字，格式为 YYYY-MM-DD' })
  .refine(isCalendarDate, '日期无效：请填写实际存在的日期，格式为 YYYY-MM-DD（如 2023-06-30）');
export const empty = z.object({}).default({});
export const ok = z.object({ ok: z.literal(true) });

export function paged<T extends z.ZodTypeAny>(row: T) {
  return z.object({ total: z.number().int(), rows: z.array(row) });
}
