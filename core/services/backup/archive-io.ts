import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { AppError } from '../../contract/app-error';
import type { Steps } from '../steps';
import { BLOCK, decodeHeader, encodeHeader, END_OF_ARCHIVE, paddingOf } from './tar-format';

// Reading and writing backup archives in small synchronous steps (see steps.ts): one chunk per step,
// hashed on the way, so memory stays flat whatever the size of the evidence.

const CHUNK = 1024 * 1024;

export interface ArchiveEntry {
  name: string;
  size: number;
  sha256: string;
}

export const foreignFile = () => new AppError('BAD_INPUT', '该文件不是“团委工作台账”的备份文件，未作任何改动');
export const truncatedFile = () => new AppError('INTEGRITY', '备份文件不完整（可能复制或下载时中断），无法使用，未作任何改动');
export const damagedFile = () => new AppError('INTEGRITY', '备份文件已损坏（校验值不符），无法使用，未作任何改动');

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let offset = 0; offset < bytes.length; ) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Appends a file on disk as one entry. */
export function* appendFile(out: number, name: string, source: string, mtimeSeconds: number): Steps<ArchiveEntry> {
  const input = fs.openSync(source, 'r');
  try {
    const size = fs.fstatSync(input).size;
    writeAll(out, encodeHeader({ name, size }, mtimeSeconds));
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(CHUNK);
    let copied = 0;
    while (copied < size) {
      const read = fs.readSync(input, buffer, 0, Math.min(CHUNK, size - copied), copied);
      if (read === 0) throw new Error(`${source} shrank while being backed up`);
      hash.update(buffer.subarray(0, read));
      writeAll(out, buffer.subarray(0, read));
      copied += read;
      yield;
    }
    writeAll(out, Buffer.alloc(paddingOf(size)));
    return { name, size, sha256: hash.digest('hex') };
  } finally {
    fs.closeSync(input);
  }
}

export function appendBytes(out: number, name: string, bytes: Uint8Array, mtimeSeconds: number): ArchiveEntry {
  writeAll(out, encodeHeader({ name, size: bytes.length }, mtimeSeconds));
  writeAll(out, bytes);
  writeAll(out, Buffer.alloc(paddingOf(bytes.length)));
  return { name, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export function finishArchive(out: number): void {
  writeAll(out, END_OF_ARCHIVE);
}

export interface WalkOptions {
  /** Hash every entry's bytes (false: only find the entries, skipping their data). */
  hash: boolean;
  /** Where to copy an entry's bytes, or null to not extract it. */
  extractTo?: (name: string) => string | null;
  /** Entries whose bytes are returned in memory (small ones: the manifest). */
  keep?: (name: string) => boolean;
}

export interface WalkedArchive {
  entries: ArchiveEntry[];
  kept: Map<string, Buffer>;
}

function readExactly(fd: number, buffer: Buffer, length: number, position: number): void {
  let done = 0;
  while (done < length) {
    const read = fs.readSync(fd, buffer, done, length - done, position + done);
    if (read === 0) throw truncatedFile();
    done += read;
  }
}

/**
 * Walks an archive from the start: every entry's name and size, and (when hashing) its SHA-256. A file
 * that does not start like a tar archive is foreign; one that ends before its end blocks is truncated.
 */
export function* walkArchive(file: string, options: WalkOptions): Steps<WalkedArchive> {
  const fd = fs.openSync(file, 'r');
  try {
    const fileSize = fs.fstatSync(fd).size;
    const header = Buffer.alloc(BLOCK);
    const buffer = Buffer.allocUnsafe(CHUNK);
    const entries: ArchiveEntry[] = [];
    const kept = new Map<string, Buffer>();
    let position = 0;
    for (;;) {
      if (position + BLOCK > fileSize) throw entries.length === 0 ? foreignFile() : truncatedFile();
      readExactly(fd, header, BLOCK, position);
      const decoded = decodeHeader(header);
      if (decoded === null) throw entries.length === 0 ? foreignFile() : damagedFile();
      if (decoded === 'end') {
        if (entries.length === 0) throw foreignFile();
        return { entries, kept };
      }
      position += BLOCK;
      const { name, size } = decoded;
      if (position + size + paddingOf(size) > fileSize) throw truncatedFile();
      const target = options.extractTo?.(name) ?? null;
      const keep = options.keep?.(name) ?? false;
      if (!options.hash && !target && !keep) {
        entries.push({ name, size, sha256: '' });
        position += size + paddingOf(size);
        continue;
      }
      const hash = createHash('sha256');
      const out = target ? fs.openSync(target, 'wx') : null;
      const parts: Buffer[] = [];
      try {
        for (let done = 0; done < size; ) {
          const length = Math.min(CHUNK, size - done);
          readExactly(fd, buffer, length, position + done);
          const chunk = buffer.subarray(0, length);
          hash.update(chunk);
          if (out !== null) writeAll(out, chunk);
          if (keep) parts.push(Buffer.from(chunk));
          done += length;
          yield;
        }
        if (out !== null) fs.fsyncSync(out);
      } finally {
        if (out !== null) fs.closeSync(out);
      }
      entries.push({ name, size, sha256: hash.digest('hex') });
      if (keep) kept.set(name, Buffer.concat(parts));
      position += size + paddingOf(size);
    }
  } finally {
    fs.closeSync(fd);
  }
}
