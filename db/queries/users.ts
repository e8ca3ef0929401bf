import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { user } from '../schema';

export type UserRow = typeof user.$inferSelect;

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(user).get()?.n ?? 0;
}

export function listUserRows(db: Db): UserRow[] {
  return db.select().from(user).orderBy(asc(user.id)).all();
}

export function getUserRow(db: Db, id: number): UserRow | undefined {
  return db.select().from(user).where(eq(user.id, id)).get();
}

export function getUserByName(db: Db, username: string): UserRow | undefined {
  return db.select().from(user).where(eq(user.username, username)).get();
}

export function insertUser(db: Db, values: typeof user.$inferInsert): UserRow {
  return db.insert(user).values(values).returning().get();
}

export function updateUser(db: Db, id: number, values: Partial<typeof user.$inferInsert>): UserRow {
  return db.update(user).set(values).where(eq(user.id, id)).returning().get();
}
