// What an image really is, from its first bytes (a file's name and claimed type are whatever the sender
// gave): only these are shown as photos and thumbnails.

const SIGNATURES: Array<[mime: string, magic: (number | null)[]]> = [
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/gif', [0x47, 0x49, 0x46, 0x38]], // GIF8(7|9)a
  // RIFF....WEBP: bytes 4–7 are the chunk size.
  ['image/webp', [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50]],
];

/** Sizes of the BMP info headers in use (OS/2 core, BITMAPINFOHEADER … V5). */
const BMP_HEADER_SIZES = new Set([12, 40, 52, 56, 64, 108, 124]);

/** "BM" alone starts plenty of text files: also require the reserved zeros and a known info-header size. */
function isBmp(bytes: Uint8Array): boolean {
  if (bytes.length < 18 || bytes[0] !== 0x42 || bytes[1] !== 0x4d) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint32(6, true) === 0 && BMP_HEADER_SIZES.has(view.getUint32(14, true));
}

/** The image type of the bytes (jpeg, png, gif, webp, bmp), or null when they are not one of these images. */
export function sniffImageMime(bytes: Uint8Array): string | null {
  for (const [mime, magic] of SIGNATURES)
    if (bytes.length >= magic.length && magic.every((b, i) => b === null || bytes[i] === b)) return mime;
  return isBmp(bytes) ? 'image/bmp' : null;
}
