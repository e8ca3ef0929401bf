import { AppError } from './contract/app-error';

/**
 * A clock that starts at 09:00 local time on `date` (YYYY-MM-DD) and runs on from there: for trying the
 * ledger as it would look on another day (demonstrations, tests), with sessions still timing out.
 */
export function clockFrom(date: string): () => Date {
  const [y, m, d] = date.split('-').map(Number);
  const start = new Date(y, m - 1, d, 9, 0, 0);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || start.getFullYear() !== y || start.getMonth() !== m - 1 || start.getDate() !== d)
    throw new AppError('BAD_INPUT', `日期“${date}”无效，应为 YYYY-MM-DD`);
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}
