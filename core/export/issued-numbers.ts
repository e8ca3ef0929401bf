import { insertIssuedDocument, nextDocumentNumber } from '../../db/queries/exports';
import type { ExportBase } from './export-data';

// Numbers of 督办通知单, 催办单 and 督查通报 issues: one past the highest issued for the kind and year,
// recorded in issued_document (unique per kind, year and number) in the export's write transaction.
// Issuing records that row and nothing else: the plan's items are not touched.

export interface IssueEntry {
  title: string;
  itemId?: number | null;
  personId?: number | null;
}

export function issueNumber(base: ExportBase, kind: string, entry: IssueEntry): number {
  const year = base.plan.year;
  const number = nextDocumentNumber(base.scope.db, kind, year);
  insertIssuedDocument(base.scope.db, {
    kind, year, number, itemId: entry.itemId ?? null, personId: entry.personId ?? null, title: entry.title, issuedBy: base.actorName, issuedAt: base.now,
  });
  return number;
}

/** The number the next issue would get, for previews that must not take one. */
export function previewNumber(base: ExportBase, kind: string): number {
  return nextDocumentNumber(base.scope.db, kind, base.plan.year);
}
