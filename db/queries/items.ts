import { and, asc, count, eq, isNull, lte, gte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { cachedQuery, cachedStatement } from '../statements';
import { item, itemOwner, person, plan, section, target } from '../schema';

export type ItemRow = typeof item.$inferSelect;
export type NewItemRow = typeof item.$inferInsert;
/** An item with what its views need from the plan and section. */
export type ItemListRow = ItemRow & {
  year: number;
  sectionTitle: string | null;
  /** Latest progress entry (by date, then entry order). */
  percent: number | null;
  progressText: string | null;
  /** Live (not removed) evidence files. */
  evidenceCount: number;
};
export type OwnerRow = { itemId: number; personId: number; name: string; role: string; ordinal: number };
export type TargetRow = typeof target.$inferSelect;

export interface ItemFilter {
  planId?: number;
  text?: string;
  personId?: number;
  /** Items whose span contains this month, plus ordinary year-round items. */
  month?: number;
  /** A section, or `null` for items in none. */
  sectionId?: number | null;
  status?: string;
  /** Exactly this span: its months, or year-round. */
  span?: { startMonth: number | null; endMonth: number | null; yearRound: boolean };
  /** Key tasks (主要任务) only, or none of them. */
  isKey?: boolean;
  /** Only items nobody has been named for yet. */
  noOwner?: boolean;
}



function selectList(db: Db) {
  return db
    .select({ item, year: plan.year, sectionTitle: section.title })
    .from(item)
    .innerJoin(plan, eq(plan.id, item.planId))
    .leftJoin(section, eq(section.id, item.sectionId));
}

type BaseRow = { item: ItemRow; year: number; sectionTitle: string | null };

/** Adds the latest progress and the evidence count (one cached statement). */
function flatten(db: Db, rows: BaseRow[]): ItemListRow[] {
  const facts = progressFactsOf(db, rows.map((r) => r.item.id));
  return rows.map(({ item: row, year, sectionTitle }) => ({
    ...row,
    year,
    sectionTitle,
    percent: facts.latest.get(row.id)?.percent ?? null,
    progressText: facts.latest.get(row.id)?.text ?? null,
    evidenceCount: facts.evidence.get(row.id) ?? 0,
  }));
}

// Latest progress entry (by date, then entry order, through progress_item_idx) and live evidence count of
// each item in a list of ids passed as one JSON parameter: one cached statement whatever the count.
const PROGRESS_FACTS = `
  SELECT j.value AS itemId, lp.percent, lp.text,
         (SELECT count(*) FROM attachment a WHERE a.item_id = j.value AND a.removed_at IS NULL) AS evidence
  FROM json_each(?) j
  LEFT JOIN progress_entry lp
    ON lp.id = (SELECT p.id FROM progress_entry p WHERE p.item_id = j.value ORDER BY p.date DESC, p.id DESC LIMIT 1)`;

function progressFactsOf(db: Db, itemIds: number[]) {
  const latest = new Map<number, { percent: number | null; text: string }>();
  const evidence = new Map<number, number>();
  if (itemIds.length === 0) return { latest, evidence };
  const rows = cachedStatement(db, PROGRESS_FACTS).all(JSON.stringify(itemIds)) as {
    itemId: number; percent: number | null; text: string | null; evidence: number;
  }[];
  for (const r of rows) {
    if (r.text !== null) latest.set(r.itemId, { percent: r.percent, text: r.text });
    if (r.evidence) evidence.set(r.itemId, r.evidence);
  }
  return { latest, evidence };
}

/** LIKE pattern that matches the text literally (% and _ typed by a user are not wildcards). */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function monthCondition(month: number): SQL {
  return or(
    and(eq(item.yearRound, true), eq(item.isKey, false)),
    and(lte(item.startMonth, month), gte(item.endMonth, month)),
  ) as SQL;
}

/** Items of the period a span is labelled with (2月, 7-8月, 贯穿全年): a one-month span may omit its end. */
function spanCondition(span: NonNullable<ItemFilter['span']>): SQL {
  if (span.yearRound || span.startMonth === null) return or(eq(item.yearRound, true), isNull(item.startMonth)) as SQL;
  const end = span.endMonth ?? span.startMonth;
  return and(eq(item.yearRound, false), eq(item.startMonth, span.startMonth), sql`coalesce(${item.endMonth}, ${item.startMonth}) = ${end}`) as SQL;
}

function filterConditions(f: ItemFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (f.planId !== undefined) conditions.push(eq(item.planId, f.planId));
  if (f.text) conditions.push(sql`${item.content} LIKE ${containsPattern(f.text)} ESCAPE '\\'`);
  if (f.personId !== undefined) conditions.push(ownedBy(f.personId));
  if (f.month !== undefined) conditions.push(monthCondition(f.month));
  if (f.sectionId !== undefined) conditions.push(f.sectionId === null ? isNull(item.sectionId) : eq(item.sectionId, f.sectionId));
  if (f.span !== undefined) conditions.push(spanCondition(f.span));
  if (f.status !== undefined) conditions.push(eq(item.status, f.status));
  if (f.isKey !== undefined) conditions.push(eq(item.isKey, f.isKey));
  if (f.noOwner) conditions.push(sql`NOT EXISTS (SELECT 1 FROM item_owner o WHERE o.item_id = "item"."id")`);
  return conditions.length ? and(...conditions) : undefined;
}

function ownedBy(personId: number): SQL {
  return sql`EXISTS (SELECT 1 FROM item_owner o WHERE o.item_id = "item"."id" AND o.person_id = ${personId})`;
}

/** Plan order: months first (by start, then end), year-round after, then 序号 and entry order. */
const planOrder = [asc(item.yearRound), asc(item.startMonth), asc(item.endMonth), asc(item.seq), asc(item.id)];

export function searchItemRows(db: Db, f: ItemFilter, offset: number, limit: number): { total: number; rows: ItemListRow[] } {
  const where = filterConditions(f);
  const total = db.select({ n: count() }).from(item).where(where).get()?.n ?? 0;
  const rows = flatten(db, selectList(db).where(where).orderBy(...planOrder).limit(limit).offset(offset).all());
  return { total, rows };
}

export function listItemRows(db: Db, f: ItemFilter): ItemListRow[] {
  return flatten(db, selectList(db).where(filterConditions(f)).orderBy(...planOrder).all());
}

export function getItemListRow(db: Db, id: number): ItemListRow | undefined {
  const query = cachedQuery(db, 'item list row by id', (d) => selectList(d).where(eq(item.id, sql.placeholder('id'))).prepare());
  return flatten(db, query.all({ id }))[0];
}

/** What numbering needs of a plan's items: 序号, span and whether each is a key task. */
export function numberedItemsOfPlan(db: Db, planId: number) {
  return db
    .select({ seq: item.seq, startMonth: item.startMonth, endMonth: item.endMonth, yearRound: item.yearRound, isKey: item.isKey })
    .from(item)
    .where(eq(item.planId, planId))
    .all();
}

const INSERT_ITEM = `
  INSERT INTO item (plan_id, section_id, seq, content, start_month, end_month, year_round, is_key, due_date, cadence, notes, source, source_ref, carried_from_item_id)
  VALUES (@planId, @sectionId, @seq, @content, @startMonth, @endMonth, @yearRound, @isKey, @dueDate, @cadence, @notes, @source, @sourceRef, @carriedFromItemId)`;

/** What a new item is given (status, version and timestamps start at their defaults). */
export type NewItemValues = Pick<
  NewItemRow,
  'planId' | 'sectionId' | 'seq' | 'content' | 'startMonth' | 'endMonth' | 'yearRound' | 'isKey' | 'dueDate' | 'cadence' | 'notes' | 'source' | 'sourceRef' | 'carriedFromItemId'
>;

/** Adds an item and returns its id (one cached statement: imports add thousands in a row). */
export function insertItem(db: Db, values: NewItemValues): number {
  const run = cachedStatement(db, INSERT_ITEM).run({
    sectionId: null, seq: null, startMonth: null, endMonth: null, dueDate: null, cadence: null, notes: '', source: 'plan', sourceRef: null, carriedFromItemId: null,
    ...values,
    yearRound: values.yearRound ? 1 : 0,
    isKey: values.isKey ? 1 : 0,
  });
  return Number(run.lastInsertRowid);
}

/** Changes an item; its version goes up by one (see item.version). */
export function updateItem(db: Db, id: number, values: Partial<NewItemRow>): ItemRow {
  return db.update(item).set({ ...values, version: sql`${item.version} + 1` }).where(eq(item.id, id)).returning().get();
}

export function deleteItem(db: Db, id: number): void {
  db.delete(item).where(eq(item.id, id)).run();
}

const OWNERS_OF_ITEMS = `
  SELECT o.item_id AS itemId, o.person_id AS personId, p.name, o.role, o.ordinal
  FROM json_each(?) j
  JOIN item_owner o ON o.item_id = j.value
  JOIN person p ON p.id = o.person_id
  ORDER BY o.item_id, o.ordinal`;

/** Owners of the listed items, by item then order (one cached statement whatever the count). */
export function ownersOfItems(db: Db, itemIds: number[]): OwnerRow[] {
  if (itemIds.length === 0) return [];
  return cachedStatement(db, OWNERS_OF_ITEMS).all(JSON.stringify(itemIds)) as OwnerRow[];
}

const p = sql.placeholder;

export function replaceOwners(db: Db, itemId: number, owners: { personId: number; role: string }[]): void {
  cachedStatement(db, 'DELETE FROM item_owner WHERE item_id = ?').run(itemId);
  addOwners(db, itemId, owners);
}

/** Owners of an item that has none yet (a new one), in the order given. */
export function addOwners(db: Db, itemId: number, owners: { personId: number; role: string }[]): void {
  const insert = cachedStatement(db, 'INSERT INTO item_owner (item_id, person_id, role, ordinal) VALUES (?, ?, ?, ?)');
  owners.forEach((o, ordinal) => insert.run(itemId, o.personId, o.role, ordinal));
}

export function targetsOfItem(db: Db, itemId: number): TargetRow[] {
  return cachedQuery(db, 'targets of item', (d) => d.select().from(target).where(eq(target.itemId, p('itemId'))).orderBy(asc(target.ordinal)).prepare()).all({ itemId });
}

/** Every target of a plan's items, by item then order (one statement). */
export function targetsOfPlan(db: Db, planId: number): TargetRow[] {
  return db
    .select({ target })
    .from(target)
    .innerJoin(item, eq(item.id, target.itemId))
    .where(eq(item.planId, planId))
    .orderBy(asc(target.itemId), asc(target.ordinal))
    .all()
    .map((r) => r.target);
}

export function replaceTargets(
  db: Db,
  itemId: number,
  targets: { label: string; comparator: string; value: number; unit: string }[],
): void {
  // Keep recorded actuals for targets that survive an edit (same label).
  const actuals = new Map(targetsOfItem(db, itemId).map((t) => [t.label, t.actual]));
  cachedStatement(db, 'DELETE FROM target WHERE item_id = ?').run(itemId);
  addTargets(db, itemId, targets.map((t) => ({ ...t, actual: actuals.get(t.label) ?? null })));
}

/** Targets of an item that has none yet (a new one), in order; `actual` is kept by edits (replaceTargets). */
export function addTargets(
  db: Db,
  itemId: number,
  targets: { label: string; comparator: string; value: number; unit: string; actual?: number | null }[],
): void {
  const insert = cachedStatement(db, 'INSERT INTO target (item_id, ordinal, label, comparator, value, unit, actual) VALUES (?, ?, ?, ?, ?, ?, ?)');
  targets.forEach((t, ordinal) => insert.run(itemId, ordinal, t.label, t.comparator, t.value, t.unit, t.actual ?? null));
}

// Full list rows, as drizzle names the columns, with the latest progress entry (through
// progress_item_idx) and the live evidence count: for a list of ids passed as one JSON parameter (in the
// order given) or for a whole plan (in plan order) — one cached statement each, for any number of items.
const ITEM_ROW_SELECT = `
  SELECT i.id, i.plan_id AS planId, i.section_id AS sectionId, i.seq, i.content, i.start_month AS startMonth,
         i.end_month AS endMonth, i.year_round AS yearRound, i.is_key AS isKey, i.due_date AS dueDate, i.cadence,
         i.notes, i.source, i.source_ref AS sourceRef, i.status, i.status_note AS statusNote,
         i.carried_from_item_id AS carriedFromItemId, i.version, i.created_at AS createdAt, i.updated_at AS updatedAt,
         i.completed_at AS completedAt, i.verified_at AS verifiedAt, p.year, s.title AS sectionTitle,
         lp.percent, lp.text AS progressText,
         (SELECT count(*) FROM attachment a WHERE a.item_id = i.id AND a.removed_at IS NULL) AS evidenceCount`;
const ITEM_ROW_JOINS = `
  JOIN plan p ON p.id = i.plan_id
  LEFT JOIN section s ON s.id = i.section_id
  LEFT JOIN progress_entry lp
    ON lp.id = (SELECT pe.id FROM progress_entry pe WHERE pe.item_id = i.id ORDER BY pe.date DESC, pe.id DESC LIMIT 1)`;
const ITEM_ROWS_BY_IDS = `${ITEM_ROW_SELECT} FROM json_each(?) j JOIN item i ON i.id = j.value ${ITEM_ROW_JOINS} ORDER BY j.key`;
const ITEM_ROWS_OF_PLAN = `${ITEM_ROW_SELECT} FROM item i ${ITEM_ROW_JOINS}
  WHERE i.plan_id = ? ORDER BY i.year_round, i.start_month, i.end_month, i.seq, i.id`;

type RawItemRow = Omit<ItemListRow, 'yearRound' | 'isKey'> & { yearRound: number; isKey: number };
const asListRow = (row: RawItemRow): ItemListRow => ({ ...row, yearRound: row.yearRound === 1, isKey: row.isKey === 1 });

/** Full list rows for chosen items, in the order given (ids not found are left out). */
export function itemRowsByIds(db: Db, ids: number[]): ItemListRow[] {
  if (ids.length === 0) return [];
  return (cachedStatement(db, ITEM_ROWS_BY_IDS).all(JSON.stringify(ids)) as RawItemRow[]).map(asListRow);
}

/** Full list rows of every item of a plan, in plan order (the board with every card). */
export function itemRowsOfPlan(db: Db, planId: number): ItemListRow[] {
  return (cachedStatement(db, ITEM_ROWS_OF_PLAN).all(planId) as RawItemRow[]).map(asListRow);
}
