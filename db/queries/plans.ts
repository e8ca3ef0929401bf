import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { cachedQuery } from '../statements';
import { item, plan, section } from '../schema';

export type PlanRow = typeof plan.$inferSelect;
export type SectionRow = typeof section.$inferSelect;

export type PlanListRow = PlanRow & { itemCount: number; earliestStartMonth: number | null };

export function listPlanRows(db: Db): PlanListRow[] {
  return db
    .select({
      id: plan.id, year: plan.year, title: plan.title, organization: plan.organization, isSample: plan.isSample,
      createdAt: plan.createdAt, updatedAt: plan.updatedAt,
      // Written out: drizzle leaves columns unqualified inside a subquery, where they would bind to the inner table.
      itemCount: sql<number>`(SELECT count(*) FROM item i WHERE i.plan_id = "plan"."id")`,
      earliestStartMonth: sql<number | null>`(SELECT min(i.start_month) FROM item i WHERE i.plan_id = "plan"."id" AND i.year_round = 0)`,
    })
    .from(plan)
    .orderBy(asc(plan.year))
    .all();
}

export function getPlanRow(db: Db, id: number): PlanRow | undefined {
  return cachedQuery(db, 'plan by id', (d) => d.select().from(plan).where(eq(plan.id, sql.placeholder('id'))).prepare()).get({ id });
}

export function getPlanByYear(db: Db, year: number): PlanRow | undefined {
  return db.select().from(plan).where(eq(plan.year, year)).get();
}

export function countPlans(db: Db): number {
  return db.select({ n: count() }).from(plan).get()?.n ?? 0;
}

export function countPlanItems(db: Db, planId: number): number {
  return db.select({ n: count() }).from(item).where(eq(item.planId, planId)).get()?.n ?? 0;
}

/** The month the plan's earliest monthly item starts in (null: none). */
export function earliestStartMonth(db: Db, planId: number): number | null {
  return db.select({ min: sql<number | null>`min(${item.startMonth})` }).from(item).where(and(eq(item.planId, planId), eq(item.yearRound, false))).get()?.min ?? null;
}

export function insertPlan(db: Db, values: typeof plan.$inferInsert): PlanRow {
  return db.insert(plan).values(values).returning().get();
}

export function updatePlan(db: Db, id: number, values: Partial<typeof plan.$inferInsert>): PlanRow {
  return db.update(plan).set(values).where(eq(plan.id, id)).returning().get();
}

export function deletePlan(db: Db, id: number): void {
  db.delete(plan).where(eq(plan.id, id)).run();
}

export function sectionsOfPlan(db: Db, planId: number): SectionRow[] {
  return db.select().from(section).where(eq(section.planId, planId)).orderBy(asc(section.ordinal), asc(section.id)).all();
}

export function getSectionRow(db: Db, id: number): SectionRow | undefined {
  return cachedQuery(db, 'section by id', (d) => d.select().from(section).where(eq(section.id, sql.placeholder('id'))).prepare()).get({ id });
}

export function insertSection(db: Db, values: typeof section.$inferInsert): SectionRow {
  return db.insert(section).values(values).returning().get();
}

export function updateSection(db: Db, id: number, values: Partial<typeof section.$inferInsert>): SectionRow {
  return db.update(section).set(values).where(eq(section.id, id)).returning().get();
}

export function deleteSection(db: Db, id: number): void {
  db.delete(section).where(eq(section.id, id)).run();
}

export function nextSectionOrdinal(db: Db, planId: number): number {
  const row = db.select({ max: sql<number | null>`max(${section.ordinal})` }).from(section).where(eq(section.planId, planId)).get();
  return (row?.max ?? 0) + 1;
}
