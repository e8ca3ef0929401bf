import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { cachedStatement } from '../statements';

/** The few columns the dashboard needs of every item in a plan. */
export interface ItemFacts {
  id: number;
  status: string;
  startMonth: number | null;
  endMonth: number | null;
  yearRound: number;
  isKey: number;
  dueDate: string | null;
  sectionId: number | null;
  sectionTitle: string | null;
  percent: number | null;
}

// One lean pass over a whole plan in plan order (no content text; latest progress by a window function):
// the dashboard reads every item of the year, which may be very many.
export function itemFactsOfPlan(db: Db, planId: number): ItemFacts[] {
  return db.all<ItemFacts>(sql`
    SELECT i.id, i.status, i.start_month AS startMonth, i.end_month AS endMonth, i.year_round AS yearRound,
           i.is_key AS isKey, i.due_date AS dueDate, i.section_id AS sectionId, s.title AS sectionTitle, lp.percent
    FROM item i
    LEFT JOIN section s ON s.id = i.section_id
    LEFT JOIN (
      SELECT item_id, percent FROM (
        SELECT p.item_id, p.percent, row_number() OVER (PARTITION BY p.item_id ORDER BY p.date DESC, p.id DESC) AS rn
        FROM progress_entry p JOIN item pi ON pi.id = p.item_id WHERE pi.plan_id = ${planId}
      ) WHERE rn = 1
    ) lp ON lp.item_id = i.id
    WHERE i.plan_id = ${planId}
    ORDER BY i.year_round, i.start_month, i.end_month, i.seq, i.id`);
}

/** Every (item, owner) pair of a plan, for completion rates by owner. */
export function ownerPairsOfPlan(db: Db, planId: number): { itemId: number; personId: number; name: string }[] {
  return db.all(sql`
    SELECT o.item_id AS itemId, o.person_id AS personId, p.name
    FROM item_owner o JOIN item i ON i.id = o.item_id JOIN person p ON p.id = o.person_id
    WHERE i.plan_id = ${planId}
    ORDER BY o.person_id`);
}

/** What 月度 and 年度总览 need to place every item of a plan: no text, no progress. */
export type ItemSpan = Omit<ItemFacts, 'percent'>;

const SPANS_OF_PLAN = `
  SELECT i.id, i.status, i.start_month AS startMonth, i.end_month AS endMonth, i.year_round AS yearRound,
         i.is_key AS isKey, i.due_date AS dueDate, i.section_id AS sectionId, s.title AS sectionTitle
  FROM item i LEFT JOIN section s ON s.id = i.section_id
  WHERE i.plan_id = ?
  ORDER BY i.year_round, i.start_month, i.end_month, i.seq, i.id`;

/** Every item of a plan in plan order, lean (one cached statement). */
export function itemSpansOfPlan(db: Db, planId: number): ItemSpan[] {
  return cachedStatement(db, SPANS_OF_PLAN).all(planId) as ItemSpan[];
}

const SPANS_OF_PERSON = `
  SELECT i.id, i.status, i.start_month AS startMonth, i.end_month AS endMonth, i.year_round AS yearRound,
         i.is_key AS isKey, i.due_date AS dueDate, i.section_id AS sectionId, s.title AS sectionTitle
  FROM item_owner o JOIN item i ON i.id = o.item_id LEFT JOIN section s ON s.id = i.section_id
  WHERE o.person_id = ? AND i.plan_id = ?
  ORDER BY i.year_round, i.start_month, i.end_month, i.seq, i.id`;

/** The items a person owns (主办 or 协办) in a plan, in plan order, lean (one cached statement). */
export function itemSpansOfPerson(db: Db, personId: number, planId: number): ItemSpan[] {
  return cachedStatement(db, SPANS_OF_PERSON).all(personId, planId) as ItemSpan[];
}
