import { sniffImageMime } from './image-sniff';

// Which files may be kept as 佐证材料, decided from their bytes: a photo must really be an image (or its
// thumbnail breaks), and programs are never stored, whatever they are named.

/** The largest evidence file kept (checked when picked, and again as it is stored). */
export const MAX_EVIDENCE_BYTES = 50 * 1024 * 1024;

/** How many leading bytes the checks below look at. */
export const SNIFF_BYTES = 32;

const EXECUTABLE_MAGIC: number[][] = [
  [0x4d, 0x5a], // MZ: Windows .exe/.dll/.scr
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O 64-bit
  [0xce, 0xfa, 0xed, 0xfe], // Mach-O 32-bit
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O universal
];

/** Extensions Windows runs on a double click, refused even when the bytes look like text. */
const EXECUTABLE_EXTENSIONS = new Set(['exe', 'com', 'scr', 'msi', 'bat', 'cmd', 'vbs', 'vbe', 'js', 'jse', 'wsf', 'ps1', 'lnk', 'dll', 'cpl', 'hta', 'jar']);
/** The photo formats the app shows as thumbnails (those sniffImageMime knows); others (HEIC, TIFF) are kept as files. */
const SHOWN_IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/bmp']);
const SHOWN_IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'gif', 'webp', 'bmp']);

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export type EvidenceFileCheck = { ok: true; mime: string } | { ok: false; message: string };

/**
 * Accepts a file as evidence or says why not, in Chinese. The stored type of an image is the one its
 * bytes show; a file named or sent as a picture that is not one is refused (it would show as a broken
 * photo); other documents keep the type they were sent with.
 */
export function checkEvidenceFile(bytes: Uint8Array, name: string, claimedMime: string): EvidenceFileCheck {
  const extension = extensionOf(name);
  if (EXECUTABLE_EXTENSIONS.has(extension) || EXECUTABLE_MAGIC.some((magic) => magic.every((b, i) => bytes[i] === b)))
    return { ok: false, message: '是程序文件，不能作为佐证材料上传' };
  const image = sniffImageMime(bytes);
  if (image) return { ok: true, mime: image };
  if (SHOWN_IMAGE_TYPES.has(claimedMime) || SHOWN_IMAGE_EXTENSIONS.has(extension))
    return { ok: false, message: '不是有效的图片（文件内容与图片格式不符，可能已损坏或被改了扩展名），请用原始照片重新上传' };
  return { ok: true, mime: claimedMime };
}

/** Whether stored evidence of this type is shown as a photo (thumbnail, preview). */
export function isShownImage(mime: string): boolean {
  return SHOWN_IMAGE_TYPES.has(mime);
}
