import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { LedgerApp } from '../core/app';
import type { Envelope } from '../core/contract/app-error';
import { desktopCalls, isDesktopCall } from '../core/contract/desktop-calls';
import { UPLOAD_METHOD } from '../core/contract/uploads';
import { toAppError } from '../core/dispatch';
import { storeUploadedFile } from '../core/transport/http-evidence';
import { sessionChangeOf, withoutSessionToken } from '../core/transport/session-binding';
import { LEDGER_CHANNEL } from './channel';
import type { CallerWindow, DesktopCallHandlers } from './desktop-calls';

const FORBIDDEN: Envelope<never> = { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求' } };
const BAD_UPLOAD: Envelope<never> = { ok: false, error: { code: 'BAD_INPUT', message: '上传的不是文件内容' } };
const BAD_METHOD: Envelope<never> = { ok: false, error: { code: 'BAD_INPUT', message: '请求格式有误：缺少操作名称' } };

/** The desktop's counterpart of serve mode's POST /upload: the page hands over a file's bytes. */
async function uploadOverIpc(app: Pick<LedgerApp, 'call' | 'dataDir'>, session: string | null, input: unknown): Promise<Envelope<unknown>> {
  if (!(input instanceof Uint8Array)) return BAD_UPLOAD;
  try {
    return { ok: true, data: await storeUploadedFile(app as LedgerApp, session, [input], input.byteLength) };
  } catch (error) {
    return { ok: false, error: toAppError(error) };
  }
}

/** A desktop-only call (file dialogs, viewer): its input parsed like a contract method's. */
async function desktopCall(handlers: Partial<DesktopCallHandlers>, method: keyof DesktopCallHandlers, input: unknown, caller: CallerWindow): Promise<Envelope<unknown>> {
  const handler = handlers[method] as ((input: unknown, caller: CallerWindow) => Promise<unknown>) | undefined;
  if (!handler) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `未知的操作：${method}` } };
  try {
    return { ok: true, data: await handler(desktopCalls[method].input.parse(input), caller) };
  } catch (error) {
    return { ok: false, error: toAppError(error) };
  }
}

export interface IpcOptions {
  /** The file dialogs and viewer (electron/desktop-calls.ts). */
  desktop?: Partial<DesktopCallHandlers>;
  /** Told when a window signs in, with its session (the start-up reminder). */
  onSignIn?: (session: string) => void;
}

export interface IpcSessions {
  /** The login session of a window's page, for requests that do not come over IPC (ledger-file://). */
  sessionOf(webContentsId: number): string | null;
}

/**
 * Registers the single invoke channel. Only frames showing the app's own page may call the core;
 * a page the window was somehow navigated to, or a subframe, gets FORBIDDEN. Each window's login
 * session is kept here in the main process, never in the page.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  app: Pick<LedgerApp, 'call' | 'dataDir'>,
  isTrustedSender: (url: string) => boolean,
  options: IpcOptions = {},
): IpcSessions {
  const sessions = new Map<number, string>();
  ipcMain.handle(LEDGER_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const url = event.senderFrame?.url;
    if (!url || !isTrustedSender(url)) return FORBIDDEN;
    if (typeof method !== 'string') return BAD_METHOD;
    const windowId = event.sender.id;
    const session = sessions.get(windowId) ?? null;
    if (method === UPLOAD_METHOD) return uploadOverIpc(app, session, input);
    if (isDesktopCall(method)) return desktopCall(options.desktop ?? {}, method, input, { session, sender: event.sender });
    const envelope = await app.call(method, input, { session });
    const change = sessionChangeOf(method, envelope);
    if (change && 'start' in change) {
      sessions.set(windowId, change.start);
      options.onSignIn?.(change.start);
    }
    if (change && 'end' in change) sessions.delete(windowId);
    return withoutSessionToken(method, envelope);
  });
  return { sessionOf: (webContentsId) => sessions.get(webContentsId) ?? null };
}
