import type { AppErrorShape, Envelope } from '../../../core/contract/app-error';
import { ApiError } from '../api/client';

// Files between the page and the ledger: uploads for import (serve mode only) and exported files saved
// under the backend's Chinese name (a download in the browser, the save dialog in the desktop app).

/** The desktop app has no /upload route; only serve mode (a browser) can send files. */
export function canUploadFiles(): boolean {
  return !window.ledger;
}

const UNREACHABLE: AppErrorShape = { code: 'INTERNAL', message: '无法连接到台账服务，请确认程序仍在运行' };

/** Streams a file into the ledger's store (POST /upload) and returns its SHA-256 for the next call. */
export async function uploadFile(file: Blob): Promise<{ sha256: string; size: number }> {
  let response: Response;
  try {
    response = await fetch('/upload', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new ApiError(UNREACHABLE);
  }
  let envelope: Envelope<{ sha256: string; size: number }>;
  try {
    envelope = (await response.json()) as Envelope<{ sha256: string; size: number }>;
  } catch {
    throw new ApiError({ code: 'INTERNAL', message: `上传失败：服务返回了无法识别的内容（HTTP ${response.status}）` });
  }
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.data;
}

/** An exported file as the contract returns it. */
export interface ExportedFile {
  fileName: string;
  mime: string;
  base64: string;
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
  return bytes;
}

/** Saves an exported file under its default name. */
export function saveExportedFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([bytesOf(file.base64)], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the bytes by then; a minute leaves the slowest save dialog time to start.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
