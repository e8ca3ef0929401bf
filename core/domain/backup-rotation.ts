// Which backups are kept: everything from the last two days (so the copy taken before a deletion or a
// restore is there when the mistake is noticed), and the newest one of each of the 7 most recent days,
// 4 most recent weeks and 12 most recent months that have backups. The rest are removed.

export const ROTATION = { recentDays: 2, daily: 7, weekly: 4, monthly: 12 } as const;

export interface DatedBackup {
  name: string;
  createdAt: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const monthKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;

/** A week (Monday to Sunday, local time) is named by its Monday. */
function weekKey(d: Date): string {
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return dayKey(monday);
}

/** The newest backup of each of the `count` most recent periods (newest first in `backups`). */
function newestPerPeriod(backups: DatedBackup[], key: (d: Date) => string, count: number): string[] {
  const seen = new Map<string, string>();
  for (const b of backups) {
    const k = key(b.createdAt);
    if (!seen.has(k)) {
      if (seen.size === count) break;
      seen.set(k, b.name);
    }
  }
  return [...seen.values()];
}

/** Names of the backups to keep, given all of them and the current time. */
export function backupsToKeep(all: DatedBackup[], now: Date): Set<string> {
  const newestFirst = [...all].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const recentSince = now.getTime() - ROTATION.recentDays * 86_400_000;
  return new Set([
    ...newestFirst.filter((b) => b.createdAt.getTime() >= recentSince).map((b) => b.name),
    ...newestPerPeriod(newestFirst, dayKey, ROTATION.daily),
    ...newestPerPeriod(newestFirst, weekKey, ROTATION.weekly),
    ...newestPerPeriod(newestFirst, monthKey, ROTATION.monthly),
  ]);
}

/** True when two instants fall on the same local calendar day. */
export function sameLocalDay(a: Date, b: Date): boolean {
  return dayKey(a) === dayKey(b);
}
