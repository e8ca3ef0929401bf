import { and, asc, desc, eq, gte, inArray, isNull, lte, max } from 'drizzle-orm';
import type { Db } from '../client';
import { attachment, finding, inspection, issuedDocument, item, postponement, progressEntry, target, verification } from '../schema';

// Read-only look-ups for the exported forms, each over a whole plan in one statement (a 10k-item year
// must not cost a query per item), plus the numbered-document register.

export type ExportProgressRow = { itemId: number; date: string; text: string; percent: number | null; author: string };
export type ExportAttachmentRow = {
  id: number; itemId: number; originalName: string; sha256: string; size: number; mime: string; addedBy: string; addedAt: string;
};
export type ExportFindingRow = {
  itemId: number; date: string; assessment: string; problem: string; requirement: string; rectifyBy: string | null; closedAt: string | null;
};
export type ExportVerificationRow = { itemId: number; decision: string; comment: string; at: string };
export type ExportPostponementRow = { itemId: number; previousDueDate: string; requestedDueDate: string; decision: string };
export type ExportTargetRow = typeof target.$inferSelect;
export type IssuedDocumentRow = typeof issuedDocument.$inferSelect;

const ofPlan = (planId: number) => eq(item.planId, planId);

/** Progress entries of a plan's items dated up to `until` (inclusive), oldest first per item. */
export function progressOfPlan(db: Db, planId: number, until = '9999-12-31'): ExportProgressRow[] {
  return db
    .select({ itemId: progressEntry.itemId, date: progressEntry.date, text: progressEntry.text, percent: progressEntry.percent, author: progressEntry.author })
    .from(progressEntry)
    .innerJoin(item, eq(item.id, progressEntry.itemId))
    .where(and(ofPlan(planId), lte(progressEntry.date, until)))
    .orderBy(asc(progressEntry.itemId), asc(progressEntry.date), asc(progressEntry.id))
    .all();
}

/** Items with a progress entry dated within [from, to], with the latest such date: a month's check-ins (打卡). */
export function checkInsOfPlan(db: Db, planId: number, from: string, to: string): Map<number, string> {
  const rows = db
    .select({ itemId: progressEntry.itemId, last: max(progressEntry.date) })
    .from(progressEntry)
    .innerJoin(item, eq(item.id, progressEntry.itemId))
    .where(and(ofPlan(planId), gte(progressEntry.date, from), lte(progressEntry.date, to)))
    .groupBy(progressEntry.itemId)
    .all();
  return new Map(rows.map((r) => [r.itemId, r.last ?? from]));
}

/** Live (not removed) evidence of a plan's items, in upload order. */
export function attachmentsOfPlan(db: Db, planId: number): ExportAttachmentRow[] {
  return db
    .select({
      id: attachment.id, itemId: attachment.itemId, originalName: attachment.originalName, sha256: attachment.sha256,
      size: attachment.size, mime: attachment.mime, addedBy: attachment.addedBy, addedAt: attachment.addedAt,
    })
    .from(attachment)
    .innerJoin(item, eq(item.id, attachment.itemId))
    .where(and(ofPlan(planId), isNull(attachment.removedAt)))
    .orderBy(asc(attachment.itemId), asc(attachment.id))
    .all();
}

/** Inspection findings on a plan's items, oldest inspection first. */
export function findingsOfPlan(db: Db, planId: number): ExportFindingRow[] {
  return db
    .select({
      itemId: finding.itemId, date: inspection.date, assessment: finding.assessment, problem: finding.problem,
      requirement: finding.requirement, rectifyBy: finding.rectifyBy, closedAt: finding.closedAt,
    })
    .from(finding)
    .innerJoin(inspection, eq(inspection.id, finding.inspectionId))
    .innerJoin(item, eq(item.id, finding.itemId))
    .where(ofPlan(planId))
    .orderBy(asc(inspection.date), asc(finding.id))
    .all();
}

/** Verification decisions (核验) on a plan's items, oldest first. */
export function verificationsOfPlan(db: Db, planId: number): ExportVerificationRow[] {
  return db
    .select({ itemId: verification.itemId, decision: verification.decision, comment: verification.comment, at: verification.at })
    .from(verification)
    .innerJoin(item, eq(item.id, verification.itemId))
    .where(ofPlan(planId))
    .orderBy(asc(verification.at), asc(verification.id))
    .all();
}

/** Postponement requests on a plan's items, oldest first (the first one holds the original deadline). */
export function postponementsOfPlan(db: Db, planId: number): ExportPostponementRow[] {
  return db
    .select({
      itemId: postponement.itemId, previousDueDate: postponement.previousDueDate,
      requestedDueDate: postponement.requestedDueDate, decision: postponement.decision,
    })
    .from(postponement)
    .innerJoin(item, eq(item.id, postponement.itemId))
    .where(ofPlan(planId))
    .orderBy(asc(postponement.requestedAt), asc(postponement.id))
    .all();
}

export function targetsOfPlan(db: Db, planId: number): ExportTargetRow[] {
  return db
    .select({ target })
    .from(target)
    .innerJoin(item, eq(item.id, target.itemId))
    .where(ofPlan(planId))
    .orderBy(asc(target.itemId), asc(target.ordinal))
    .all()
    .map((r) => r.target);
}

/** The number the next document of a kind and year gets: one past the highest ever issued, voided included. */
export function nextDocumentNumber(db: Db, kind: string, year: number): number {
  const row = db
    .select({ last: max(issuedDocument.number) })
    .from(issuedDocument)
    .where(and(eq(issuedDocument.kind, kind), eq(issuedDocument.year, year)))
    .get();
  return (row?.last ?? 0) + 1;
}

export function insertIssuedDocument(db: Db, values: typeof issuedDocument.$inferInsert): IssuedDocumentRow {
  return db.insert(issuedDocument).values(values).returning().get();
}

/** The document issued for a request and not voided, if any. */
export function liveDocumentByRequest(db: Db, requestKey: string): IssuedDocumentRow | undefined {
  return db
    .select()
    .from(issuedDocument)
    .where(and(eq(issuedDocument.requestKey, requestKey), isNull(issuedDocument.voidedAt)))
    .orderBy(desc(issuedDocument.id))
    .get();
}

export function getIssuedDocument(db: Db, id: number): IssuedDocumentRow | undefined {
  return db.select().from(issuedDocument).where(eq(issuedDocument.id, id)).get();
}

/** The register, newest first; documents of one year of issue, or all. */
export function listIssuedDocuments(db: Db, year?: number): IssuedDocumentRow[] {
  return db
    .select()
    .from(issuedDocument)
    .where(year === undefined ? undefined : eq(issuedDocument.year, year))
    .orderBy(desc(issuedDocument.issuedAt), desc(issuedDocument.id))
    .all();
}

/** Records the file handed out at issue; later exports of the same document leave it as it was. */
export function recordIssuedFile(db: Db, ids: number[], file: { format: string; sha256: string }): void {
  if (ids.length) db.update(issuedDocument).set(file).where(and(inArray(issuedDocument.id, ids), isNull(issuedDocument.sha256))).run();
}

export function voidIssuedDocument(db: Db, id: number, values: { voidedAt: string; voidedBy: string; voidReason: string }): void {
  db.update(issuedDocument).set(values).where(eq(issuedDocument.id, id)).run();
}
