import { sanitizeFileName } from './file-name';

export const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  zip: 'application/zip',
  csv: 'text/csv;charset=utf-8',
} as const;

export type FileKind = keyof typeof MIME;

/** One exported file, as the contract returns it: small enough to travel base64 in the envelope. */
export interface ExportPayload {
  fileName: string;
  mime: string;
  base64: string;
}

export function exportPayload(fileName: string, kind: FileKind, bytes: Uint8Array): ExportPayload {
  return { fileName: sanitizeFileName(fileName), mime: MIME[kind], base64: Buffer.from(bytes).toString('base64') };
}
