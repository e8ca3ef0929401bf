import type { Db } from '../../db/client';
import { readSetting } from '../../db/queries/settings';
import { DEFAULT_WARNING_SETTINGS, type WarningSettings } from '../domain/warning';
import type { Ctx } from '../context';

/** What every read that shows warnings needs: the database, today's date and the thresholds. */
export interface ReadScope {
  db: Db;
  /** Local calendar date, YYYY-MM-DD. */
  today: string;
  warnings: WarningSettings;
}

export const WARNING_SETTINGS_KEY = 'warnings';

/** The office's calendar date of an instant (the machine's local time zone). */
export function localDate(instant: Date): string {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function warningSettings(db: Db): WarningSettings {
  return { ...DEFAULT_WARNING_SETTINGS, ...(readSetting(db, WARNING_SETTINGS_KEY) as Partial<WarningSettings> | null) };
}

export function readScope(ctx: Ctx, db: Db = ctx.store.orm): ReadScope {
  return { db, today: localDate(ctx.clock()), warnings: warningSettings(db) };
}
