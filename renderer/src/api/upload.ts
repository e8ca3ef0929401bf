import type { AppErrorShape, Envelope } from '../../../core/contract/app-error';
import { ApiError } from './client';

// Files from the page into the ledger's content store: serve mode streams the raw bytes to POST /upload
// (never base64 in JSON) and gets back the SHA-256 that evidence.add and imports.preview take.

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
