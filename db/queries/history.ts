import type { Db } from '../client';
import { cachedStatement } from '../statements';
import { statusChange } from '../schema';

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

// An approval without its date (written outside the app) counts from the request.
const APPROVED_POSTPONEMENTS_OF_PLAN = `
  SELECT p.item_id AS itemId, coalesce(p.decided_at, p.requested_at) AS decidedAt,
         p.previous_due_date AS previousDueDate, p.requested_due_date AS requestedDueDate
  FROM postponement p JOIN item i ON i.id = p.item_id
  WHERE i.plan_id = ? AND p.decision = 'approved'
  ORDER BY p.item_id, coalesce(p.decided_at, p.requested_at), p.id`;

export function approvedPostponementsOfPlan(db: Db, planId: number): ApprovedPostponementRow[] {
  return cachedStatement(db, APPROVED_POSTPONEMENTS_OF_PLAN).all(planId) as ApprovedPostponementRow[];
}

const PROGRESS_FACTS_OF_PLAN = `
  SELECT p.item_id AS itemId, p.date, p.percent, p.text
  FROM progress_entry p JOIN item i ON i.id = p.item_id
  WHERE i.plan_id = ?
  ORDER BY p.item_id, p.date, p.id`;

export function progressFactsOfPlan(db: Db, planId: number): ProgressFactRow[] {
  return cachedStatement(db, PROGRESS_FACTS_OF_PLAN).all(planId) as ProgressFactRow[];
}
