import { FORGET_AFTER_MINUTES, waitMinutesAfter } from '../domain/login-delay';

// Failed sign-ins are counted per username and per client address, in memory (like the sessions): a
// guesser is slowed down whichever of the two it varies. Unknown usernames are counted like known ones.

export interface LoginThrottle {
  /** Milliseconds until this username and client may try again (0: now). */
  waitMs(username: string, client: string): number;
  /** Counts a wrong password; returns the wait it now imposes (0 while still free). */
  failed(username: string, client: string): number;
  /** A right password clears both counts. */
  succeeded(username: string, client: string): void;
}

interface Record {
  failures: number;
  lastFailure: number;
  lockedUntil: number;
}

const keysOf = (username: string, client: string) => [`user:${username.trim().toLowerCase()}`, `client:${client}`];

export function createLoginThrottle(clock: () => Date): LoginThrottle {
  const records = new Map<string, Record>();
  const forgetMs = FORGET_AFTER_MINUTES * 60_000;

  function current(key: string, now: number): Record | undefined {
    const record = records.get(key);
    if (record && now - record.lastFailure > forgetMs) {
      records.delete(key);
      return undefined;
    }
    return record;
  }

  return {
    waitMs(username, client) {
      const now = clock().getTime();
      return Math.max(0, ...keysOf(username, client).map((key) => (current(key, now)?.lockedUntil ?? 0) - now));
    },
    failed(username, client) {
      const now = clock().getTime();
      let wait = 0;
      for (const key of keysOf(username, client)) {
        const record = current(key, now) ?? { failures: 0, lastFailure: now, lockedUntil: 0 };
        record.failures++;
        record.lastFailure = now;
        const minutes = waitMinutesAfter(record.failures);
        if (minutes > 0) record.lockedUntil = now + minutes * 60_000;
        records.set(key, record);
        wait = Math.max(wait, record.lockedUntil - now);
      }
      return wait;
    },
    succeeded(username, client) {
      for (const key of keysOf(username, client)) records.delete(key);
    },
  };
}
