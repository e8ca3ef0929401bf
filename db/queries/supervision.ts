import { and, asc, desc, eq, gt, gte, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { attachment, finding, inspection, item, postponement, progressEntry, verification } from '../schema';

export type ProgressRow = typeof progressEntry.$inferSelect;
export type AttachmentRow = typeof attachment.$inferSelect;
export type VerificationRow = typeof verification.$inferSelect;
export type PostponementRow = typeof postponement.$inferSelect;
export type InspectionRow = typeof inspection.$inferSelect;
export type FindingRow = typeof finding.$inferSelect;

/** Changes an item's status fields; its version goes up by one like any other change. */
export function setItemStatus(db: Db, id: number, values: Partial<typeof item.$inferInsert>): void {
  db.update(item).set({ ...values, version: sql`${item.version} + 1` }).where(eq(item.id, id)).run();
}

export function insertProgress(db: Db, values: typeof progressEntry.$inferInsert): ProgressRow {
  return db.insert(progressEntry).values(values).returning().get();
}

export function progressOfItem(db: Db, itemId: number): ProgressRow[] {
  return db.select().from(progressEntry).where(eq(progressEntry.itemId, itemId)).orderBy(desc(progressEntry.date), desc(progressEntry.id)).all();
}

export function getProgress(db: Db, id: number): ProgressRow | undefined {
  return db.select().from(progressEntry).where(eq(progressEntry.id, id)).get();
}

export function setTargetActual(db: Db, targetId: number, itemId: number, actual: number): boolean {
  const result = db.run(sql`UPDATE target SET actual = ${actual} WHERE id = ${targetId} AND item_id = ${itemId}`);
  return result.changes > 0;
}

export function insertAttachment(db: Db, values: typeof attachment.$inferInsert): AttachmentRow {
  return db.insert(attachment).values(values).returning().get();
}

export function liveAttachmentsOfItem(db: Db, itemId: number): AttachmentRow[] {
  return db.select().from(attachment).where(and(eq(attachment.itemId, itemId), isNull(attachment.removedAt))).orderBy(asc(attachment.id)).all();
}

export function getAttachment(db: Db, id: number): AttachmentRow | undefined {
  return db.select().from(attachment).where(eq(attachment.id, id)).get();
}

export function markAttachmentRemoved(db: Db, id: number, at: string, by: string): void {
  db.update(attachment).set({ removedAt: at, removedBy: by }).where(eq(attachment.id, id)).run();
}

/** Live references to a stored file; when none remain the file may be deleted. */
export function liveReferencesTo(db: Db, sha256: string): number {
  return db.select({ n: sql<number>`count(*)` }).from(attachment).where(and(eq(attachment.sha256, sha256), isNull(attachment.removedAt))).get()?.n ?? 0;
}

/**
 * Stored files still in use: referred to by a live attachment, or by one removed after `removedSince`
 * (a backup taken just before the removal may still be copying it).
 */
export function evidenceInUse(db: Db, removedSince: string): string[] {
  return db
    .selectDistinct({ sha256: attachment.sha256 })
    .from(attachment)
    .where(or(isNull(attachment.removedAt), gt(attachment.removedAt, removedSince)))
    .all()
    .map((r) => r.sha256);
}

export function insertVerification(db: Db, values: typeof verification.$inferInsert): void {
  db.insert(verification).values(values).run();
}

export function verificationsOfItem(db: Db, itemId: number): VerificationRow[] {
  return db.select().from(verification).where(eq(verification.itemId, itemId)).orderBy(desc(verification.id)).all();
}

export function insertPostponement(db: Db, values: typeof postponement.$inferInsert): PostponementRow {
  return db.insert(postponement).values(values).returning().get();
}

export function getPostponement(db: Db, id: number): PostponementRow | undefined {
  return db.select().from(postponement).where(eq(postponement.id, id)).get();
}

export function decidePostponement(db: Db, id: number, values: Partial<typeof postponement.$inferInsert>): PostponementRow {
  return db.update(postponement).set(values).where(eq(postponement.id, id)).returning().get();
}

export function postponementsOfItem(db: Db, itemId: number): PostponementRow[] {
  return db.select().from(postponement).where(eq(postponement.itemId, itemId)).orderBy(asc(postponement.id)).all();
}

/** Requests awaiting a decision, oldest first, across every plan. */
export function pendingPostponements(db: Db): PostponementRow[] {
  return db.select().from(postponement).where(eq(postponement.decision, 'pending')).orderBy(asc(postponement.requestedAt), asc(postponement.id)).all();
}

/** Requests decided at or after an instant (ISO), newest first. */
export function postponementsDecidedSince(db: Db, since: string): PostponementRow[] {
  return db
    .select()
    .from(postponement)
    .where(and(ne(postponement.decision, 'pending'), gte(postponement.decidedAt, since)))
    .orderBy(desc(postponement.decidedAt), desc(postponement.id))
    .all();
}

export function insertInspection(db: Db, values: typeof inspection.$inferInsert): InspectionRow {
  return db.insert(inspection).values(values).returning().get();
}

export function inspectionsOfPlan(db: Db, planId: number, month?: number): InspectionRow[] {
  const where = month === undefined ? eq(inspection.planId, planId) : and(eq(inspection.planId, planId), eq(inspection.month, month));
  return db.select().from(inspection).where(where).orderBy(desc(inspection.date), desc(inspection.id)).all();
}

export function getInspection(db: Db, id: number): InspectionRow | undefined {
  return db.select().from(inspection).where(eq(inspection.id, id)).get();
}

export function updateInspection(db: Db, id: number, values: Partial<typeof inspection.$inferInsert>): InspectionRow {
  return db.update(inspection).set(values).where(eq(inspection.id, id)).returning().get();
}

/** Deletes a round; its findings go with it (foreign-key cascade). */
export function deleteInspection(db: Db, id: number): void {
  db.delete(inspection).where(eq(inspection.id, id)).run();
}

export type FindingListRow = FindingRow & { inspectionDate: string; inspectionMonth: number; inspectionTitle: string; inspector: string; itemContent: string; itemSeq: number | null };

function selectFindings(db: Db) {
  return db
    .select({ finding, inspectionDate: inspection.date, inspectionMonth: inspection.month, inspectionTitle: inspection.title, inspector: inspection.inspector, itemContent: item.content, itemSeq: item.seq })
    .from(finding)
    .innerJoin(inspection, eq(inspection.id, finding.inspectionId))
    .innerJoin(item, eq(item.id, finding.itemId));
}

function flattenFindings(rows: ({ finding: FindingRow } & Omit<FindingListRow, keyof FindingRow>)[]): FindingListRow[] {
  return rows.map(({ finding: f, ...rest }) => ({ ...f, ...rest }));
}

export function findingsOf(db: Db, by: { itemId?: number; inspectionId?: number; id?: number }): FindingListRow[] {
  const where = by.id !== undefined ? eq(finding.id, by.id) : by.itemId !== undefined ? eq(finding.itemId, by.itemId) : eq(finding.inspectionId, by.inspectionId!);
  return flattenFindings(selectFindings(db).where(where).orderBy(desc(inspection.date), asc(finding.id)).all());
}

/** Findings not yet rectified and closed (整改销号), across every plan, by their 整改期限. */
export function openFindings(db: Db): FindingListRow[] {
  return flattenFindings(selectFindings(db).where(isNull(finding.closedAt)).orderBy(asc(finding.rectifyBy), asc(finding.id)).all());
}

export function insertFinding(db: Db, values: typeof finding.$inferInsert): FindingRow {
  return db.insert(finding).values(values).returning().get();
}

export function updateFinding(db: Db, id: number, values: Partial<typeof finding.$inferInsert>): void {
  db.update(finding).set(values).where(eq(finding.id, id)).run();
}
