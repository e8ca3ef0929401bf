// Calls share the one database connection. Most run side by side (better-sqlite3 is synchronous, so each
// statement is atomic anyway), but a few must have it to themselves across awaits: a big import committed
// in slices inside one transaction, or a restore that closes and swaps the database. Those run
// exclusively; calls arriving meanwhile wait their turn instead of blocking the event loop.

export interface CallGate {
  /** Runs a call; it waits while an exclusive section is queued or running. */
  shared<T>(work: () => Promise<T>): Promise<T>;
  /**
   * From inside a shared call: waits until every other call has finished, then runs `work` alone. The
   * caller's own slot is set aside meanwhile, so two calls asking at once queue rather than deadlock.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

export function createCallGate(): CallGate {
  let running = 0;
  let exclusivePending = 0;
  let queueTail: Promise<void> = Promise.resolve();
  let whenClear: { promise: Promise<void>; resolve: () => void } | null = null;
  let idleWaiters: (() => void)[] = [];

  const wakeIfIdle = () => {
    if (running > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    waiters.forEach((wake) => wake());
  };
  const untilIdle = () => (running === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve)));

  return {
    async shared(work) {
      while (whenClear) await whenClear.promise;
      running++;
      try {
        return await work();
      } finally {
        running--;
        wakeIfIdle();
      }
    },
    async exclusive(work) {
      exclusivePending++;
      if (!whenClear) {
        let resolve!: () => void;
        const promise = new Promise<void>((r) => (resolve = r));
        whenClear = { promise, resolve };
      }
      running--;
      wakeIfIdle();
      const previous = queueTail;
      let release!: () => void;
      queueTail = new Promise<void>((r) => (release = r));
      try {
        await previous;
        await untilIdle();
        return await work();
      } finally {
        release();
        running++;
        if (--exclusivePending === 0) {
          const clear = whenClear;
          whenClear = null;
          clear?.resolve();
        }
      }
    },
  };
}
