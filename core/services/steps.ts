import { setImmediate as nextTurn } from 'node:timers/promises';

// Long work as a sequence of small synchronous steps (copy a chunk of a backup, write one imported item).
// Run all at once when nothing else is waiting (opening the ledger before a migration), or in slices that
// give the event loop back every few milliseconds while the app serves requests.

export type Steps<T> = Generator<void, T, void>;

export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export async function runSliced<T>(steps: Steps<T>, sliceMs = 15): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart > sliceMs) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}
