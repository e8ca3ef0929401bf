import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { cachedQuery, cachedStatement } from '../statements';
import { person } from '../schema';

export type PersonRow = typeof person.$inferSelect;

const withItemCount = {
  id: person.id, name: person.name, title: person.title, department: person.department,
  active: person.active, createdAt: person.createdAt,
  // Written out: drizzle leaves columns unqualified inside a subquery, where they would bind to the inner table.
  itemCount: sql<number>`(SELECT count(*) FROM item_owner o WHERE o.person_id = "person"."id")`,
};

export function listPersonRows(db: Db, includeInactive: boolean): (PersonRow & { itemCount: number })[] {
  const query = db.select(withItemCount).from(person);
  return (includeInactive ? query : query.where(eq(person.active, true))).orderBy(asc(person.id)).all();
}

export function getPersonRow(db: Db, id: number): (PersonRow & { itemCount: number }) | undefined {
  return cachedQuery(db, 'person by id', (d) => d.select(withItemCount).from(person).where(eq(person.id, sql.placeholder('id'))).prepare()).get({ id });
}

/** Whether a person exists (a reference check, without counting their items). */
export function personExists(db: Db, id: number): boolean {
  return cachedStatement(db, 'SELECT 1 FROM person WHERE id = ?').get(id) !== undefined;
}

export function getPersonByName(db: Db, name: string): PersonRow | undefined {
  return db.select().from(person).where(eq(person.name, name)).get();
}

export function insertPerson(db: Db, values: typeof person.$inferInsert): PersonRow {
  return db.insert(person).values(values).returning().get();
}

export function updatePerson(db: Db, id: number, values: Partial<typeof person.$inferInsert>): PersonRow {
  return db.update(person).set(values).where(eq(person.id, id)).returning().get();
}
