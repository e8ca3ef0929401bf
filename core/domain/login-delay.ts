// How long a sign-in waits after repeated wrong passwords: the first few are free (typos happen), then
// the wait doubles with each further failure, up to an hour.

export const FREE_ATTEMPTS = 5;
const FIRST_WAIT_MINUTES = 1;
const MAX_WAIT_MINUTES = 60;
/** Failures older than this (with none since) are forgotten. */
export const FORGET_AFTER_MINUTES = 24 * 60;

/** Minutes to wait after the given number of consecutive failures (0 while they are still free). */
export function waitMinutesAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_WAIT_MINUTES, FIRST_WAIT_MINUTES * 2 ** (failures - FREE_ATTEMPTS));
}

/** The message shown while a sign-in must wait; always at least one minute. */
export function throttledMessage(remainingMs: number): string {
  return `密码错误次数过多，请 ${Math.max(1, Math.ceil(remainingMs / 60_000))} 分钟后再试`;
}
