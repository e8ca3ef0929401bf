import type { AppErrorShape, Envelope } from '../../../core/contract/app-error';
import type { MethodInput, MethodName, MethodOutput } from '../../../core/contract';
import { needsSignIn, signedIn } from './session';

/** The desktop preload exposes exactly this; in serve mode we use HTTP instead. */
interface LedgerBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
}

declare global {
  interface Window {
    ledger?: LedgerBridge;
  }
}

/** An AppError received from the backend, carrying its Chinese message for display. */
export class ApiError extends Error {
  constructor(readonly shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
  }
  get code() {
    return this.shape.code;
  }
}

async function overHttp(method: string, input: unknown): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: '无法连接到台账服务，请确认程序仍在运行' } };
  }
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: `服务返回了无法识别的内容（HTTP ${response.status}）` } };
  }
}

/**
 * Calls one contract method over IPC (desktop) or HTTP (serve mode); throws ApiError on failure. A call
 * refused because the session ended waits for the re-login and is sent again (api/session.ts).
 */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const envelope = window.ledger ? await window.ledger.invoke(method, input) : await overHttp(method, input);
  if (!envelope.ok && needsSignIn(method, envelope.error.code)) {
    await signedIn();
    return call(method, input);
  }
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.data as MethodOutput<M>;
}
