import type http from 'node:http';
import type { LedgerApp } from '../app';
import { AppError } from '../contract/app-error';
import { readEvidence } from '../services/evidence';
import { MAX_EVIDENCE_BYTES, storeBlob } from '../services/evidence-store';

/** Signed-in user of a session, or an error for the HTTP reply. */
async function requireUser(app: LedgerApp, session: string | null, write: boolean) {
  const status = await app.call('auth.status', {}, { session });
  const user = status.ok ? (status.data as { user: { role: string } | null }).user : null;
  if (!user) throw new AppError('UNAUTHENTICATED', '尚未登录或登录已超时，请重新登录');
  if (write && user.role === 'viewer') throw new AppError('FORBIDDEN', '当前账号为只读权限，不能上传文件');
  return user;
}

/**
 * POST /upload: the raw file body is streamed into the content store (never base64 in JSON) and its
 * SHA-256 returned; the page then records it as evidence through the contract (evidence.add).
 */
export async function handleUpload(app: LedgerApp, session: string | null, req: http.IncomingMessage): Promise<{ sha256: string; size: number }> {
  await requireUser(app, session, true);
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_EVIDENCE_BYTES) {
    req.resume();
    throw new AppError('TOO_LARGE', `文件超过 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB，未保存。请压缩后再上传`);
  }
  return storeBlob(app.dataDir, req);
}

/** GET /files/<attachmentId>: the evidence file, hash-checked, inline (images) or as a download. */
export async function handleFile(app: LedgerApp, session: string | null, id: number, download: boolean, res: http.ServerResponse): Promise<void> {
  await requireUser(app, session, false);
  const { row, body } = readEvidence(app.store.orm, app.dataDir, id);
  const name = encodeURIComponent(row.originalName);
  res.writeHead(200, {
    'content-type': row.mime || 'application/octet-stream',
    'content-length': body.length,
    'content-disposition': `${download ? 'attachment' : 'inline'}; filename*=UTF-8''${name}`,
    'x-content-type-options': 'nosniff',
    // Uploaded files are shown, never run: no scripts even if someone uploads HTML or SVG.
    'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    'cache-control': 'private, max-age=3600',
  });
  res.end(body);
}
