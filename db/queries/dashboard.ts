import type { Db } from '../client';
import { cachedStatement } from '../statements';

const OWNER_PAIRS_OF_PLAN = `
  SELECT o.item_id AS itemId, o.person_id AS personId, p.name
  FROM item_owner o JOIN item i ON i.id = o.item_id JOIN person p ON p.id = o.person_id
  WHERE i.plan_id = ?
  ORDER BY o.person_id`;

/** Every (item, owner) pair of a plan, for completion rates by owner (one cached statement). */
export function ownerPairsOfPlan(db: Db, planId: number): { itemId: number; personId: number; name: string }[] {
  return cachedStatement(db, OWNER_PAIRS_OF_PLAN).all(planId) as { itemId: number; personId: number; name: string }[];
}

/** What 首页, 月度 and 年度总览 need to place and count every item of a plan: no text, no progress. */
export interface ItemSpan {
  id: number;
  status: string;
  startMonth: number | null;
  endMonth: number | null;
  yearRound: number;
  isKey: number;
  dueDate: string | null;
  sectionId: number | null;
  sectionTitle: string | null;
}

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
