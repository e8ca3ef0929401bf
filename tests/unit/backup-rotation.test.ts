import { describe, expect, it } from 'vitest';
import { backupsToKeep, type DatedBackup } from '../../core/domain/backup-rotation';

// Noon local time, so the days do not depend on the machine's time zone.
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h);
const named = (date: Date, tag = ''): DatedBackup => ({ name: `${date.toISOString()}${tag}`, createdAt: date });

describe('backup rotation', () => {
  it('keeps the last two days whole, then one a day for 7 days, one a week for 4 weeks, one a month for 12 months', () => {
    const now = at(2024, 6, 30, 18);
    const all: DatedBackup[] = [];
    // Two a day (the daily one and a safety copy) for 400 days.
    for (let k = 0; k < 400; k++) {
      const day = at(2024, 6, 30 - k);
      all.push(named(new Date(day.getTime() - 3_600_000), '-safety'), named(day));
    }
    const keep = backupsToKeep(all, now);
    const kept = all.filter((b) => keep.has(b.name)).map((b) => b.createdAt);

    // Both copies of the last two days (30 and 29 June, and the safety copy of 28 June 11:00 is past 48 h).
    expect(kept.filter((d) => d >= at(2024, 6, 29, 0))).toHaveLength(4);
    // One per day back to 24 June (7 days).
    for (let day = 24; day <= 28; day++) expect(kept.filter((d) => d.getDate() === day && d.getMonth() === 5), `June ${day}`).toHaveLength(1);
    expect(kept.some((d) => d.getMonth() === 5 && d.getDate() === 22)).toBe(false);
    // Newest of each of 4 weeks (Sundays: 30, 23, 16, 9 June).
    for (const day of [23, 16, 9]) expect(keep.has(at(2024, 6, day).toISOString()), `week ending ${day} June`).toBe(true);
    // Newest of each of 12 months: the last day of each month back to July 2023.
    for (let m = 0; m < 12; m++) {
      const lastDay = new Date(2024, 5 - m + 1, 0, 12);
      expect(keep.has(lastDay.toISOString()), lastDay.toDateString()).toBe(true);
    }
    expect(kept.filter((d) => d < at(2023, 7, 1, 0))).toEqual([]);
    expect(kept.length).toBeLessThan(30);
  });

  it('a ledger used now and then still keeps 7 daily backups, whatever the gaps', () => {
    const all = [1, 5, 9, 20, 40, 60, 90, 120, 200].map((k) => named(new Date(at(2024, 6, 30).getTime() - k * 86_400_000)));
    const keep = backupsToKeep(all, at(2024, 6, 30));
    for (const b of all.slice(0, 7)) expect(keep.has(b.name)).toBe(true);
  });
});
