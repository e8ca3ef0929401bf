import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { setting } from '../schema';

/** Settings are small JSON values under a key. */
export function readSetting(db: Db, key: string): unknown {
  const row = db.select().from(setting).where(eq(setting.key, key)).get();
  return row ? JSON.parse(row.value) : null;
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  db.insert(setting).values({ key, value: json }).onConflictDoUpdate({ target: setting.key, set: { value: json } }).run();
}
