import { and, asc, count, eq, inArray, lte, gte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
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
  sectionId?: number;
  status?: string;
  /** Key tasks (主要任务) only, or none of them. */
  isKey?: boolean;
}



function selectList(db: Db) {
  return db
    .select({ item, year: plan.year, sectionTitle: section.title })
    .from(item)
    .innerJoin(plan, eq(plan.id, item.planId))
    .leftJoin(section, eq(section.id, item.sectionId));
}

type BaseRow = { item: ItemRow; year: number; sectionTitle: string | null };

/** Adds the latest progress and the evidence count, fetched per slice of ids (two indexed queries each). */
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

function progressFactsOf(db: Db, itemIds: number[]) {
  const latest = new Map<number, { percent: number | null; text: string }>();
  const evidence = new Map<number, number>();
  for (let i = 0; i < itemIds.length; i += ID_CHUNK) {
    const ids = sql.join(itemIds.slice(i, i + ID_CHUNK).map((id) => sql`${id}`), sql`, `);
    const entries = db.all<{ item_id: number; percent: number | null; text: string }>(sql`
      SELECT item_id, percent, text FROM (
        SELECT item_id, percent, text, row_number() OVER (PARTITION BY item_id ORDER BY date DESC, id DESC) AS rn
        FROM progress_entry WHERE item_id IN (${ids})
      ) WHERE rn = 1`);
    for (const e of entries) latest.set(e.item_id, { percent: e.percent, text: e.text });
    const counts = db.all<{ item_id: number; n: number }>(sql`
      SELECT item_id, count(*) AS n FROM attachment WHERE removed_at IS NULL AND item_id IN (${ids}) GROUP BY item_id`);
    for (const c of counts) evidence.set(c.item_id, c.n);
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

function filterConditions(f: ItemFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (f.planId !== undefined) conditions.push(eq(item.planId, f.planId));
  if (f.text) conditions.push(sql`${item.content} LIKE ${containsPattern(f.text)} ESCAPE '\\'`);
  if (f.personId !== undefined) conditions.push(ownedBy(f.personId));
  if (f.month !== undefined) conditions.push(monthCondition(f.month));
  if (f.sectionId !== undefined) conditions.push(eq(item.sectionId, f.sectionId));
  if (f.status !== undefined) conditions.push(eq(item.status, f.status));
  if (f.isKey !== undefined) conditions.push(eq(item.isKey, f.isKey));
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
  return flatten(db, selectList(db).where(eq(item.id, id)).all())[0];
}

export function insertItem(db: Db, values: NewItemRow): ItemRow {
  return db.insert(item).values(values).returning().get();
}

/** Changes an item; its version goes up by one (see item.version). */
export function updateItem(db: Db, id: number, values: Partial<NewItemRow>): ItemRow {
  return db.update(item).set({ ...values, version: sql`${item.version} + 1` }).where(eq(item.id, id)).returning().get();
}

export function deleteItem(db: Db, id: number): void {
  db.delete(item).where(eq(item.id, id)).run();
}

// SQLite limits bound parameters per statement; owner look-ups for long lists go in slices.
const ID_CHUNK = 900;

export function ownersOfItems(db: Db, itemIds: number[]): OwnerRow[] {
  const out: OwnerRow[] = [];
  for (let i = 0; i < itemIds.length; i += ID_CHUNK) {
    const ids = itemIds.slice(i, i + ID_CHUNK);
    out.push(
      ...db
        .select({ itemId: itemOwner.itemId, personId: itemOwner.personId, name: person.name, role: itemOwner.role, ordinal: itemOwner.ordinal })
        .from(itemOwner)
        .innerJoin(person, eq(person.id, itemOwner.personId))
        .where(inArray(itemOwner.itemId, ids))
        .orderBy(asc(itemOwner.itemId), asc(itemOwner.ordinal))
        .all(),
    );
  }
  return out;
}

export function replaceOwners(db: Db, itemId: number, owners: { personId: number; role: string }[]): void {
  db.delete(itemOwner).where(eq(itemOwner.itemId, itemId)).run();
  owners.forEach((o, ordinal) => db.insert(itemOwner).values({ itemId, personId: o.personId, role: o.role, ordinal }).run());
}

export function targetsOfItem(db: Db, itemId: number): TargetRow[] {
  return db.select().from(target).where(eq(target.itemId, itemId)).orderBy(asc(target.ordinal)).all();
}

export function replaceTargets(
  db: Db,
  itemId: number,
  targets: { label: string; comparator: string; value: number; unit: string }[],
): void {
  // Keep recorded actuals for targets that survive an edit (same label).
  const actuals = new Map(targetsOfItem(db, itemId).map((t) => [t.label, t.actual]));
  db.delete(target).where(eq(target.itemId, itemId)).run();
  targets.forEach((t, ordinal) =>
    db.insert(target).values({ itemId, ordinal, label: t.label, comparator: t.comparator, value: t.value, unit: t.unit, actual: actuals.get(t.label) ?? null }).run(),
  );
}

/** Full list rows for chosen items, in the order given. */
export function itemRowsByIds(db: Db, ids: number[]): ItemListRow[] {
  const byId = new Map<number, ItemListRow>();
  for (let i = 0; i < ids.length; i += ID_CHUNK)
    for (const row of flatten(db, selectList(db).where(inArray(item.id, ids.slice(i, i + ID_CHUNK))).all())) byId.set(row.id, row);
  return ids.map((id) => byId.get(id)).filter((row): row is ItemListRow => row !== undefined);
}
