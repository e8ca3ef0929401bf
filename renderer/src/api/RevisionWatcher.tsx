import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useApiQuery } from './hooks';

/** How often a signed-in page asks whether anyone changed data (one indexed read on the server). */
export const REVISION_POLL_MS = 5_000;

/**
 * Others change data too (advisers in browsers, the clerk in the window): the revision counter is polled
 * while the page is visible, and when it moves every query on screen is read again. A move caused by this
 * page's own write is already covered by the refresh that follows every write.
 */
export function RevisionWatcher() {
  const queryClient = useQueryClient();
  const revision = useApiQuery('data.revision', {}, { refetchInterval: REVISION_POLL_MS, refetchIntervalInBackground: false, staleTime: 0 });
  const seen = useRef<number | null>(null);
  // Set by this page's own successful write: the refresh that follows it already re-read everything.
  const ownWrite = useRef(false);
  const value = revision.data?.revision;

  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'success') ownWrite.current = true;
      }),
    [queryClient],
  );

  useEffect(() => {
    if (value === undefined) return;
    const previous = seen.current;
    seen.current = value;
    if (previous === null || previous === value) return;
    const fromOwnWrite = ownWrite.current;
    ownWrite.current = false;
    if (!fromOwnWrite) void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'data.revision' });
  }, [value, queryClient]);
  return null;
}
