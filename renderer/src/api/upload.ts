import type { AppErrorShape, Envelope } from '../../../core/contract/app-error';
import { UPLOAD_METHOD, UPLOAD_PATH } from '../../../core/contract/uploads';
import { ApiError } from './client';
import { needsSignIn, signedIn } from './session';

// Files from the page into the ledger's content store, beside the contract (never base64 in JSON): serve
// mode streams the raw bytes to POST /upload, the desktop hands them to the main process over IPC. Both
// answer with the SHA-256 that evidence.add and imports.preview take.

type Stored = { sha256: string; size: number };

const UNREACHABLE: AppErrorShape = { code: 'INTERNAL', message: '无法连接到台账服务，请确认程序仍在运行' };

async function overHttp(file: Blob): Promise<Envelope<Stored>> {
  let response: Response;
  try {
    response = await fetch(UPLOAD_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new ApiError(UNREACHABLE);
  }
  try {
    return (await response.json()) as Envelope<Stored>;
  } catch {
    throw new ApiError({ code: 'INTERNAL', message: `上传失败：服务返回了无法识别的内容（HTTP ${response.status}）` });
  }
}

/** Stores a file in the ledger and returns its SHA-256 for the next call; waits out a re-login like every call. */
export async function uploadFile(file: Blob): Promise<Stored> {
  const envelope = window.ledger
    ? ((await window.ledger.invoke(UPLOAD_METHOD, new Uint8Array(await file.arrayBuffer()))) as Envelope<Stored>)
    : await overHttp(file);
  if (!envelope.ok && needsSignIn(UPLOAD_METHOD, envelope.error.code)) {
    await signedIn();
    return uploadFile(file);
  }
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.data;
}
