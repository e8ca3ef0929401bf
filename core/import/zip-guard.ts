import JSZip from 'jszip';
import { ImportError } from './import-error';
import { MAX_INFLATED_BYTES, MAX_ZIP_ENTRIES } from './limits';

// docx and xlsx are zip files, and a zip can claim anything. Before a library inflates a byte, the central
// directory is read here: it must be complete (a truncated download has none), list a sane number of
// entries, and declare sizes within the cap. The sizes may lie, so inflation itself is streamed and stopped
// once the real output passes the cap: memory stays bounded whatever the file says.

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  encrypted: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARK = 0xffffffff;

export const corrupt = () => new ImportError('corrupt', '文件已损坏或不完整（可能未下载完），请重新获取原文件后再导入');
export const zipBomb = () => new ImportError('zip_bomb', `文件解压后超过${MAX_INFLATED_BYTES / 1024 / 1024}MB，疑似异常文件，已拒绝导入`);

/** Entries of the zip's central directory; throws when it is missing, cut short or implausible. */
export function zipDirectory(bytes: Uint8Array): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let at = bytes.length - EOCD_MIN; at >= Math.max(0, bytes.length - EOCD_MIN - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count > MAX_ZIP_ENTRIES) throw zipBomb();
  if (offset === ZIP64_MARK || offset + size > eocd) throw corrupt();
  const decoder = new TextDecoder();
  const entries: ZipEntryInfo[] = [];
  let at = offset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw corrupt();
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntryInfo = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
    };
    if (view.getUint32(at + 42, true) + entry.compressedSize > offset) throw corrupt();
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  if (entries.some((e) => e.encrypted)) throw new ImportError('encrypted', '文件已加密，请先在 Word/Excel 中取消密码后再导入');
  return entries;
}

/** Rejects the file when the entries to be read declare more than the cap in total. */
export function assertDeclaredWithin(entries: ZipEntryInfo[], cap = MAX_INFLATED_BYTES): void {
  const declared = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (declared > cap) throw zipBomb();
}

export async function openZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    throw corrupt();
  }
}

/** What remains of the inflation allowance of one import. */
export interface InflateBudget {
  remaining: number;
}

export function newBudget(): InflateBudget {
  return { remaining: MAX_INFLATED_BYTES };
}

/** Inflates one entry, stopping as soon as the output passes what the budget still allows. */
export function inflateCapped(zip: JSZip, name: string, budget: InflateBudget): Promise<Uint8Array> {
  const file = zip.file(name);
  if (!file) return Promise.reject(corrupt());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const stream = file.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget.remaining) {
        stream.pause();
        stream.removeAllListeners('data');
        reject(zipBomb());
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', () => reject(corrupt()));
    stream.on('end', () => {
      budget.remaining -= total;
      resolve(new Uint8Array(Buffer.concat(chunks, total)));
    });
  });
}
