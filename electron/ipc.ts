import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { LedgerApp } from '../core/app';
import type { Envelope } from '../core/contract/app-error';
import { sessionChangeOf, withoutSessionToken } from '../core/transport/session-binding';
import { LEDGER_CHANNEL } from './channel';

const FORBIDDEN: Envelope<never> = { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求' } };
const BAD_METHOD: Envelope<never> = { ok: false, error: { code: 'BAD_INPUT', message: '请求格式有误：缺少操作名称' } };

/**
 * Registers the single invoke channel. Only frames showing the app's own page may call the core;
 * a page the window was somehow navigated to, or a subframe, gets FORBIDDEN. Each window's login
 * session is kept here in the main process, never in the page.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, app: Pick<LedgerApp, 'call'>, isTrustedSender: (url: string) => boolean): void {
  const sessions = new Map<number, string>();
  ipcMain.handle(LEDGER_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const url = event.senderFrame?.url;
    if (!url || !isTrustedSender(url)) return FORBIDDEN;
    if (typeof method !== 'string') return BAD_METHOD;
    const windowId = event.sender.id;
    const envelope = await app.call(method, input, { session: sessions.get(windowId) ?? null });
    const change = sessionChangeOf(method, envelope);
    if (change && 'start' in change) sessions.set(windowId, change.start);
    if (change && 'end' in change) sessions.delete(windowId);
    return withoutSessionToken(method, envelope);
  });
}
