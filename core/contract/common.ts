import { z } from 'zod';

export const id = z.number({ error: '编号须为数字' }).int().positive();
export const month = z.number({ error: '月份须为数字' }).int().min(1, '月份应在1至12之间').max(12, '月份应在1至12之间');
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
export const empty = z.object({}).default({});
export const ok = z.object({ ok: z.literal(true) });

export function paged<T extends z.ZodTypeAny>(row: T) {
  return z.object({ total: z.number().int(), rows: z.array(row) });
}
