import type { Db } from '../../db/client';
import { getItemListRow } from '../../db/queries/items';
import { getAttachment, getProgress, insertAttachment, liveAttachmentsOfItem, markAttachmentRemoved, type AttachmentRow } from '../../db/queries/supervision';
import { AppError, notFound } from '../contract/app-error';
import type { AttachmentView } from '../contract/supervision';
import { actorOf, type Ctx } from '../context';
import { checkEvidenceFile, isShownImage } from '../domain/evidence-file';
import { recordAudit } from './audit';
import { blobExists, readBlobVerified } from './evidence-store';
import { inTransaction, nowIso } from './write';

export function toAttachmentView(row: AttachmentRow): AttachmentView {
  return {
    id: row.id, itemId: row.itemId, progressEntryId: row.progressEntryId, originalName: row.originalName,
    sha256: row.sha256, size: row.size, mime: row.mime, isImage: isShownImage(row.mime),
    addedBy: row.addedBy, addedAt: row.addedAt,
  };
}

export function evidenceOfItem(db: Db, itemId: number): AttachmentView[] {
  return liveAttachmentsOfItem(db, itemId).map(toAttachmentView);
}

/**
 * Records a stored file (already uploaded into the content store) as evidence of an item. Its type comes
 * from its bytes: programs are refused, and so is a "photo" that is no image; a refused file, recorded
 * nowhere, goes with the orphan sweep a day later (services/evidence-sweep.ts).
 */
export function addEvidence(
  ctx: Ctx,
  input: { itemId: number; progressEntryId: number | null; sha256: string; originalName: string; mime: string },
): AttachmentView {
  if (!blobExists(ctx.dataDir, input.sha256)) throw new AppError('BAD_INPUT', '文件尚未上传完成，请重新选择文件');
  const body = readBlobVerified(ctx.dataDir, input.sha256);
  const check = checkEvidenceFile(body, input.originalName, input.mime);
  if (!check.ok) throw new AppError('BAD_INPUT', `《${input.originalName}》${check.message}`);
  return inTransaction(ctx, (tx) => {
    if (!getItemListRow(tx, input.itemId)) throw notFound('该事项');
    if (input.progressEntryId != null && getProgress(tx, input.progressEntryId)?.itemId !== input.itemId)
      throw new AppError('BAD_INPUT', '该进展记录不属于此事项');
    const row = insertAttachment(tx, { ...input, mime: check.mime, size: body.length, addedBy: actorOf(ctx).name, addedAt: nowIso(ctx) });
    recordAudit(tx, ctx, { action: 'evidence.add', entity: 'item', entityId: input.itemId, after: { id: row.id, name: row.originalName, sha256: row.sha256 } });
    return toAttachmentView(row);
  });
}

/**
 * Removal is recorded; the stored file stays a day (a backup being written may still copy it), then the
 * evidence sweep takes it once no live record refers to it (services/evidence-sweep.ts).
 */
export function removeEvidence(ctx: Ctx, id: number): { ok: true } {
  inTransaction(ctx, (tx) => {
    const row = getAttachment(tx, id);
    if (!row || row.removedAt) throw notFound('该佐证材料');
    markAttachmentRemoved(tx, id, nowIso(ctx), actorOf(ctx).name);
    recordAudit(tx, ctx, { action: 'evidence.remove', entity: 'item', entityId: row.itemId, before: { id, name: row.originalName, sha256: row.sha256 } });
  });
  return { ok: true };
}

/** The bytes of one piece of evidence, hash-checked, for opening or download. */
export function readEvidence(db: Db, dataDir: string, id: number): { row: AttachmentRow; body: Buffer } {
  const row = getAttachment(db, id);
  if (!row || row.removedAt) throw notFound('该佐证材料');
  return { row, body: readBlobVerified(dataDir, row.sha256) };
}
