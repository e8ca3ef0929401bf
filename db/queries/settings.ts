import type { Db } from '../client';
import { cachedStatement } from '../statements';
import { setting } from '../schema';

/** Settings are small JSON values under a key. */
export function readSetting(db: Db, key: string): unknown {
  // Every read that shows warnings asks for its thresholds: one cached statement.
  const row = cachedStatement(db, 'SELECT value FROM setting WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? JSON.parse(row.value) : null;
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  db.insert(setting).values({ key, value: json }).onConflictDoUpdate({ target: setting.key, set: { value: json } }).run();
}
