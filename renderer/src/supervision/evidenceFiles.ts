import { ApiError } from '../api/client';
import { evidenceUrl } from '../../../core/contract/desktop-calls';
import { desktopCall, isDesktop } from '../api/desktop';
import { uploadFile } from '../api/upload';

/**
 * Evidence files: uploaded beside the contract (api/upload.ts), then recorded through evidence.add. Stored
 * files are read at GET /files/<attachmentId> in serve mode and at ledger-file://evidence/<id> in the
 * desktop window, both with the same checks; the desktop opens them in the system's viewer and saves them
 * with 另存为….
 */

/** A file now in the content store, ready for evidence.add. */
export interface UploadedFile {
  file: File;
  sha256: string;
}

/** Where a stored file shows (inline) or downloads. */
export function fileUrl(attachmentId: number, download = false): string {
  if (isDesktop) return `${evidenceUrl(attachmentId)}${download ? '?download' : ''}`;
  return `/files/${attachmentId}${download ? '?download' : ''}`;
}

/** Desktop: opens a copy in the system's viewer. */
export async function openInViewer(attachmentId: number): Promise<void> {
  await desktopCall('@open-evidence', { id: attachmentId });
}

/** Desktop: 另存为…; the path saved to, or null when cancelled. */
export async function saveEvidenceAs(attachmentId: number): Promise<string | null> {
  return (await desktopCall('@save-evidence', { id: attachmentId })).path;
}

/** Uploads one file; a refusal names the file, since several may be on their way. */
async function uploadOne(file: File): Promise<UploadedFile> {
  try {
    return { file, sha256: (await uploadFile(file)).sha256 };
  } catch (error) {
    if (error instanceof ApiError) throw new ApiError({ ...error.shape, message: `《${file.name}》${error.message}` });
    throw error;
  }
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
