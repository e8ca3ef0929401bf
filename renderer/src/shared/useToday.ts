import { useApiQuery } from '../api/hooks';

/**
 * Today (YYYY-MM-DD) by the ledger's own clock (the server's, which `serve --today` can pin), never the
 * browser's: every default of every page follows it (the default month, suggested dates), so they agree
 * with the warnings the backend derives. The workspace loads app.info before any page shows.
 */
export function useToday(): string {
  const info = useApiQuery('app.info', {});
  if (!info.data) throw new Error('useToday() is used before app.info has loaded (Workspace waits for it)');
  return info.data.today;
}
