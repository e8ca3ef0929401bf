import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { cachedStatement } from '../statements';
import { item, postponement, progressEntry, statusChange } from '../schema';

// The dated history of a plan's items that the period model reads: status changes, approved
// postponements and progress entries, each in one statement over the whole plan, oldest first per item.

export type StatusChangeRow = { itemId: number; at: string; fromStatus: string; toStatus: string };
export type ApprovedPostponementRow = { itemId: number; decidedAt: string; previousDueDate: string; requestedDueDate: string };
export type ProgressFactRow = { itemId: number; date: string; percent: number | null; text: string };

export function insertStatusChange(db: Db, values: typeof statusChange.$inferInsert): void {
  db.insert(statusChange).values(values).run();
}

const STATUS_CHANGES_OF_PLAN = `
  SELECT c.item_id AS itemId, c.at, c.from_status AS fromStatus, c.to_status AS toStatus
  FROM status_change c JOIN item i ON i.id = c.item_id
  WHERE i.plan_id = ?
  ORDER BY c.item_id, c.at, c.id`;

/** Every status change of a plan's items, oldest first per item (one cached statement: plans have many). */
export function statusChangesOfPlan(db: Db, planId: number): StatusChangeRow[] {
  return cachedStatement(db, STATUS_CHANGES_OF_PLAN).all(planId) as StatusChangeRow[];
}

export function approvedPostponementsOfPlan(db: Db, planId: number): ApprovedPostponementRow[] {
  return db
    .select({
      itemId: postponement.itemId, decidedAt: postponement.decidedAt, requestedAt: postponement.requestedAt,
      previousDueDate: postponement.previousDueDate, requestedDueDate: postponement.requestedDueDate,
    })
    .from(postponement)
    .innerJoin(item, eq(item.id, postponement.itemId))
    .where(and(eq(item.planId, planId), eq(postponement.decision, 'approved')))
    .orderBy(asc(postponement.itemId), asc(sql`coalesce(${postponement.decidedAt}, ${postponement.requestedAt})`), asc(postponement.id))
    .all()
    // An approval without its date (written outside the app) counts from the request.
    .map(({ requestedAt, ...r }) => ({ ...r, decidedAt: r.decidedAt ?? requestedAt }));
}

export function progressFactsOfPlan(db: Db, planId: number): ProgressFactRow[] {
  return db
    .select({ itemId: progressEntry.itemId, date: progressEntry.date, percent: progressEntry.percent, text: progressEntry.text })
    .from(progressEntry)
    .innerJoin(item, eq(item.id, progressEntry.itemId))
    .where(eq(item.planId, planId))
    .orderBy(asc(progressEntry.itemId), asc(progressEntry.date), asc(progressEntry.id))
    .all();
}

