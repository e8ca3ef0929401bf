// A backup is one POSIX tar (ustar) file: standard enough that any archive tool can list it, simple enough
// to write and check here without a dependency. Only regular files, names under 100 bytes.

export const BLOCK = 512;
const MAX_SIZE = 8 ** 11 - 1; // eleven octal digits

export interface TarEntryHeader {
  name: string;
  size: number;
}

function writeString(block: Buffer, offset: number, length: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length > length) throw new Error(`tar field too long: ${text}`);
  bytes.copy(block, offset);
}

function writeOctal(block: Buffer, offset: number, length: number, value: number): void {
  writeString(block, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

function checksumOf(block: Buffer): number {
  let sum = 0;
  for (let k = 0; k < BLOCK; k++) sum += k >= 148 && k < 156 ? 0x20 : block[k];
  return sum;
}

export function encodeHeader(entry: TarEntryHeader, mtimeSeconds: number): Buffer {
  if (entry.size > MAX_SIZE) throw new Error(`tar entry too large: ${entry.name}`);
  const block = Buffer.alloc(BLOCK);
  writeString(block, 0, 100, entry.name);
  writeOctal(block, 100, 8, 0o644);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, entry.size);
  writeOctal(block, 136, 12, Math.floor(mtimeSeconds));
  block[156] = 0x30; // '0': regular file
  writeString(block, 257, 6, 'ustar\0');
  writeString(block, 263, 2, '00');
  writeString(block, 148, 8, `${checksumOf(block).toString(8).padStart(6, '0')}\0 `);
  return block;
}

function readString(block: Buffer, offset: number, length: number): string {
  const field = block.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? length : end).toString('utf8');
}

function readOctal(block: Buffer, offset: number, length: number): number {
  const text = readString(block, offset, length).trim();
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : NaN;
}

/** The header in a block; 'end' for the zero block that ends an archive; null for anything that is not a ustar header. */
export function decodeHeader(block: Buffer): TarEntryHeader | 'end' | null {
  if (block.length !== BLOCK) return null;
  if (block.every((b) => b === 0)) return 'end';
  if (readString(block, 257, 6) !== 'ustar' || readOctal(block, 148, 8) !== checksumOf(block) || block[156] !== 0x30) return null;
  const size = readOctal(block, 124, 12);
  const name = readString(block, 0, 100);
  return Number.isFinite(size) && name ? { name, size } : null;
}

/** Bytes of padding after an entry's data, up to the next block. */
export function paddingOf(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK;
}

/** Two zero blocks end an archive. */
export const END_OF_ARCHIVE = Buffer.alloc(2 * BLOCK);
