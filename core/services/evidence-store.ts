import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../contract/app-error';
import { MAX_EVIDENCE_BYTES } from '../domain/evidence-file';

// Evidence files are stored once per content, named by their SHA-256 under <dataDir>/attachments/ab/abcd…,
// so the same photo attached twice takes the space once, and any change to a file on disk is detectable.

export { MAX_EVIDENCE_BYTES };

export function blobPath(dataDir: string, sha256: string): string {
  return path.join(dataDir, 'attachments', sha256.slice(0, 2), sha256);
}

export function blobExists(dataDir: string, sha256: string): boolean {
  return fs.existsSync(blobPath(dataDir, sha256));
}

/** Streams content into the store, hashing as it goes; refuses more than maxBytes without keeping a partial file. */
export async function storeBlob(dataDir: string, source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, maxBytes = MAX_EVIDENCE_BYTES): Promise<{ sha256: string; size: number }> {
  const dir = path.join(dataDir, 'attachments');
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.upload-${randomBytes(8).toString('hex')}`);
  const hash = createHash('sha256');
  const out = fs.createWriteStream(temp);
  let size = 0;
  try {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > maxBytes) throw new AppError('TOO_LARGE', `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB，未保存。请压缩后再上传`);
      hash.update(chunk);
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    if (size === 0) throw new AppError('BAD_INPUT', '文件为空，未保存');
    const sha256 = hash.digest('hex');
    const target = blobPath(dataDir, sha256);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (fs.existsSync(target)) fs.rmSync(temp);
    else fs.renameSync(temp, target);
    return { sha256, size };
  } catch (error) {
    out.destroy();
    fs.rmSync(temp, { force: true });
    throw error;
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
