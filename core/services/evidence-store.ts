import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../contract/app-error';
import { MAX_EVIDENCE_BYTES } from '../domain/evidence-file';
import { fileTooLargeMessage } from '../transport/body-limit';
import { storageFailure } from './storage-failure';

// Evidence files are stored once per content, named by their SHA-256 under <dataDir>/attachments/ab/abcd…,
// so the same photo attached twice takes the space once, and any change to a file on disk is detectable.

export { MAX_EVIDENCE_BYTES };

/** Temp files of uploads in progress; a crash can leave one behind, swept with the orphans. */
export const UPLOAD_TEMP_PREFIX = '.upload-';

/** The file operations the store writes with: Node's, or a test's that fails on purpose (a full disk). */
export interface BlobFs {
  createWriteStream(file: string): fs.WriteStream;
  rename(from: string, to: string): Promise<void>;
}

const nodeFs: BlobFs = {
  createWriteStream: (file) => fs.createWriteStream(file, { flags: 'wx' }),
  rename: (from, to) => fs.promises.rename(from, to),
};

export function attachmentsDir(dataDir: string): string {
  return path.join(dataDir, 'attachments');
}

export function blobPath(dataDir: string, sha256: string): string {
  return path.join(attachmentsDir(dataDir), sha256.slice(0, 2), sha256);
}

export function blobExists(dataDir: string, sha256: string): boolean {
  return fs.existsSync(blobPath(dataDir, sha256));
}

/** Flushes a written file to the disk, so a power cut after the rename cannot leave it empty. */
export async function syncFile(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A stream error as the user should read it: a full disk in Chinese, anything else unchanged. */
function storeError(error: unknown): unknown {
  return storageFailure(error) ?? error;
}

/**
 * Streams content into the store, hashing as it goes. Nothing half-written is ever kept: over maxBytes,
 * a failing disk (full, unplugged) or a broken source, the temp file is removed and the error is in
 * Chinese; the stored file appears only by a rename once complete.
 */
export async function storeBlob(
  dataDir: string,
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  maxBytes = MAX_EVIDENCE_BYTES,
  io: BlobFs = nodeFs,
): Promise<{ sha256: string; size: number }> {
  const dir = attachmentsDir(dataDir);
  const temp = path.join(dir, `${UPLOAD_TEMP_PREFIX}${randomBytes(8).toString('hex')}`);
  const hash = createHash('sha256');
  let out: fs.WriteStream | undefined;
  let size = 0;
  try {
    await fs.promises.mkdir(dir, { recursive: true });
    out = io.createWriteStream(temp);
    // A write error (ENOSPC) is emitted on the stream: without a listener it would end the process.
    const failed = once(out, 'error').then(([error]) => Promise.reject(error));
    failed.catch(() => undefined);
    for await (const chunk of source) {
      size += chunk.length;
      if (size > maxBytes) throw new AppError('TOO_LARGE', fileTooLargeMessage(maxBytes));
      hash.update(chunk);
      if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
    }
    if (size === 0) throw new AppError('BAD_INPUT', '文件为空，未保存');
    const stream = out;
    await Promise.race([new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve()))), failed]);
    await syncFile(temp);
    const sha256 = hash.digest('hex');
    const target = blobPath(dataDir, sha256);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    if (fs.existsSync(target)) await fs.promises.rm(temp, { force: true });
    else await io.rename(temp, target);
    return { sha256, size };
  } catch (error) {
    // A stream destroyed before its file opened still opens (creates) it: wait until it has closed, or
    // the temp file would appear after it was removed.
    if (out && !out.closed) {
      const closed = once(out, 'close');
      out.destroy();
      await closed.catch(() => undefined);
    }
    await fs.promises.rm(temp, { force: true }).catch(() => undefined);
    throw storeError(error);
  }
}

/** Reads a stored file and checks it still has the content it was stored with. */
export function readBlobVerified(dataDir: string, sha256: string): Buffer {
  const file = blobPath(dataDir, sha256);
  if (!fs.existsSync(file)) throw new AppError('INTEGRITY', '佐证材料文件缺失（可能被移动或删除），请从备份恢复');
  const body = fs.readFileSync(file);
  if (createHash('sha256').update(body).digest('hex') !== sha256)
    throw new AppError('INTEGRITY', '佐证材料文件已被改动或损坏（校验值不符），为防误用已拒绝打开');
  return body;
}

export function deleteBlob(dataDir: string, sha256: string): void {
  fs.rmSync(blobPath(dataDir, sha256), { force: true });
}
