import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';

/** A call that is running: what it is doing, and since when (for the elapsed time shown beside it). */
export interface RunningCall {
  label: string;
  since: number;
}

export type CallOutcome<T> = { status: 'done'; value: T } | { status: 'failed'; error: Error } | { status: 'cancelled' };

/**
 * Long backend work (an export, parsing a large document) that the person may stop waiting for. The
 * backend cannot be interrupted, so 取消 only stops waiting: a late result is ignored. Leaving the page
 * cancels too. Runs as a mutation, so an expired session brings up the login and a successful write
 * refreshes the data on screen (see DataProvider); errors are the caller's to show.
 */
export function useLongCall() {
  const mutation = useMutation<unknown, Error, () => Promise<unknown>>({
    mutationFn: (task) => task(),
    meta: { inlineError: true },
  });
  const [running, setRunning] = useState<RunningCall | null>(null);
  const ticket = useRef(0);

  useEffect(
    () => () => {
      ticket.current++;
    },
    [],
  );

  async function run<T>(label: string, task: () => Promise<T>): Promise<CallOutcome<T>> {
    const mine = ++ticket.current;
    setRunning({ label, since: Date.now() });
    try {
      const value = (await mutation.mutateAsync(task)) as T;
      return mine === ticket.current ? { status: 'done', value } : { status: 'cancelled' };
    } catch (error) {
      return mine === ticket.current ? { status: 'failed', error: error as Error } : { status: 'cancelled' };
    } finally {
      if (mine === ticket.current) setRunning(null);
    }
  }

  const cancel = () => {
    ticket.current++;
    setRunning(null);
  };

  return { running, run, cancel };
}
