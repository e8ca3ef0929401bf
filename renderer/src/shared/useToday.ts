import dayjs from 'dayjs';
import { useApiQuery } from '../api/hooks';

/**
 * Today (YYYY-MM-DD) by the ledger's own clock, which every default of every page follows (the default
 * month, suggested dates), so they agree with the warnings the backend derives.
 */
export function useToday(): string {
  const info = useApiQuery('app.info', {});
  return info.data?.today ?? dayjs().format('YYYY-MM-DD');
}
