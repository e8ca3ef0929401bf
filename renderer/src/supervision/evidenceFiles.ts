import type { Envelope } from '../../../core/contract/app-error';
import { ApiError } from '../api/client';

/**
 * Evidence files in serve mode: the raw file is streamed to POST /upload (never base64 in JSON), then
 * recorded through evidence.add; stored files are read at GET /files/<attachmentId>. The desktop app
 * (window.ledger) has neither route: there the lists show names only and uploading waits for the file
 * dialog.
 */
export const filesServed = !window.ledger;

/** A file now in the content store, ready for evidence.add. */
export interface UploadedFile {
  file: File;
  sha256: string;
}

/** Where a stored file opens (inline) or downloads. */
export function fileUrl(attachmentId: number, download = false): string {
  return `/files/${attachmentId}${download ? '?download' : ''}`;
}

async function uploadOne(file: File): Promise<UploadedFile> {
  let response: Response;
  try {
    response = await fetch('/upload', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new ApiError({ code: 'INTERNAL', message: `《${file.name}》未能上传：无法连接到台账服务` });
  }
  let envelope: Envelope<{ sha256: string; size: number }>;
  try {
    envelope = (await response.json()) as Envelope<{ sha256: string; size: number }>;
  } catch {
    throw new ApiError({ code: 'INTERNAL', message: `《${file.name}》未能上传（HTTP ${response.status}）` });
  }
  if (!envelope.ok) throw new ApiError({ ...envelope.error, message: `《${file.name}》${envelope.error.message}` });
  return { file, sha256: envelope.data.sha256 };
}

/** Uploads the files one after another; the first refusal (too large, signed out…) stops and throws. */
export async function uploadFiles(files: File[]): Promise<UploadedFile[]> {
  const uploaded: UploadedFile[] = [];
  for (const file of files) uploaded.push(await uploadOne(file));
  return uploaded;
}

/** 1.2 MB, 350 KB… for file lists. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
