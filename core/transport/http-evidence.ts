import type http from 'node:http';
import type { LedgerApp } from '../app';
import { AppError } from '../contract/app-error';
import { sniffImageMime } from '../domain/image-sniff';
import { readEvidence } from '../services/evidence';
import { MAX_EVIDENCE_BYTES, storeBlob } from '../services/evidence-store';
import { fileTooLargeMessage } from './body-limit';
import { contentDisposition, safeMime } from './header-value';
import { bodyOf, drainRest } from './request-body';

/** Signed-in user of a session, or an error for the HTTP reply. */
async function requireUser(app: LedgerApp, session: string | null, write: boolean) {
  const status = await app.call('auth.status', {}, { session });
  const user = status.ok ? (status.data as { user: { role: string } | null }).user : null;
  if (!user) throw new AppError('UNAUTHENTICATED', '尚未登录或登录已超时，请重新登录');
  if (write && user.role === 'viewer') throw new AppError('FORBIDDEN', '当前账号为只读权限，不能上传文件');
  return user;
}

/**
 * A file sent by the page, into the content store (never base64 in JSON); its SHA-256 is returned and the
 * page then names it in evidence.add or imports.preview. Both transports use this: HTTP streams the
 * request body of POST /upload, the desktop IPC passes the bytes.
 */
export async function storeUploadedFile(app: LedgerApp, session: string | null, source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, declaredBytes: number) {
  await requireUser(app, session, true);
  if (declaredBytes > MAX_EVIDENCE_BYTES) throw new AppError('TOO_LARGE', fileTooLargeMessage(MAX_EVIDENCE_BYTES));
  return storeBlob(app.dataDir, source);
}

export async function handleUpload(app: LedgerApp, session: string | null, req: http.IncomingMessage): Promise<{ sha256: string; size: number }> {
  try {
    return await storeUploadedFile(app, session, bodyOf(req), Number(req.headers['content-length'] ?? 0));
  } finally {
    // Whatever the store did not read (a refusal) is drained so the reply reaches the page.
    await drainRest(req);
  }
}

/**
 * One evidence file for a signed-in user, hash-checked on read, with the headers every transport sends it
 * with. Only files whose bytes are an image are shown inline, as the type the bytes say; everything else
 * is a download under its stored type, never sniffed or run. Names and types come from users, so both
 * are made header-safe. Serve mode's GET /files/<id> and the desktop's ledger-file:// protocol, 打开 and
 * 另存为 all read through here.
 */
export async function readEvidenceFile(app: LedgerApp, session: string | null, id: number, download: boolean) {
  await requireUser(app, session, false);
  const { row, body } = readEvidence(app.store.orm, app.dataDir, id);
  const image = sniffImageMime(body);
  const inline = image !== null && !download;
  const headers: Record<string, string> = {
    'content-type': image ?? safeMime(row.mime),
    'content-length': String(body.length),
    'content-disposition': contentDisposition(inline ? 'inline' : 'attachment', row.originalName),
    'x-content-type-options': 'nosniff',
    // Uploaded files are shown, never run: no scripts even if someone uploads HTML or SVG.
    'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    'cache-control': 'private, max-age=3600',
  };
  return { name: row.originalName, mime: image ?? safeMime(row.mime), body, headers };
}
