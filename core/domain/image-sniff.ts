// What an uploaded file really is, read from its first bytes rather than its name or the browser's
// claim: only files that are images by content may be shown inline.

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, k) => bytes[at + k] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The image type the bytes are (JPEG, PNG, GIF, WebP, BMP), or null for anything else. */
export function sniffImageMime(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  // BMP: "BM", then the file size and a header size field; the 14-byte file header is followed by a
  // DIB header whose size is one of a few known values.
  if (startsWith(bytes, ascii('BM')) && bytes.length >= 18) {
    const dibSize = bytes[14] | (bytes[15] << 8) | (bytes[16] << 16) | (bytes[17] << 24);
    if ([12, 40, 52, 56, 64, 108, 124].includes(dibSize)) return 'image/bmp';
  }
  return null;
}
