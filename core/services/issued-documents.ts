import { getIssuedDocument, listIssuedDocuments, voidIssuedDocument, type IssuedDocumentRow } from '../../db/queries/exports';
import { conflict, notFound } from '../contract/app-error';
import type { IssuedDocumentView } from '../contract/export-methods';
import { actorOf, type Ctx } from '../context';
import { DOC_KINDS, documentNumber, type DocKind } from '../export/register';
import { recordAudit } from './audit';
import { inTransaction, nowIso } from './write';

// 已发文件: listing the register and voiding an entry. Voiding keeps the entry and its number, which is
// never issued again; the document can still be exported, marked 已作废.

function toView(row: IssuedDocumentRow): IssuedDocumentView {
  const kind = row.kind as DocKind;
  return {
    id: row.id, kind, kindLabel: DOC_KINDS[kind].label, number: documentNumber(kind, row.year, row.number), year: row.year,
    title: row.title, planId: row.planId, issuedBy: row.issuedBy, issuedAt: row.issuedAt, format: row.format, sha256: row.sha256,
    reproducible: row.document != null, voidedAt: row.voidedAt, voidedBy: row.voidedBy, voidReason: row.voidReason,
  };
}

export function listIssued(ctx: Ctx, input: { year?: number }): IssuedDocumentView[] {
  return listIssuedDocuments(ctx.store.orm, input.year).map(toView);
}

export function voidIssued(ctx: Ctx, input: { id: number; reason: string }): IssuedDocumentView {
  const actor = actorOf(ctx);
  return inTransaction(ctx, (tx) => {
    const row = getIssuedDocument(tx, input.id);
    if (!row) throw notFound('该已发文件');
    if (row.voidedAt) throw conflict(`${toView(row).number}已于此前作废`);
    voidIssuedDocument(tx, input.id, { voidedAt: nowIso(ctx), voidedBy: actor.name, voidReason: input.reason });
    recordAudit(tx, ctx, { action: 'document.void', entity: 'issued_document', entityId: input.id, before: { number: toView(row).number }, after: { reason: input.reason } });
    return toView(getIssuedDocument(tx, input.id)!);
  });
}
