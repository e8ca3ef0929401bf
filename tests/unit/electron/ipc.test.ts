import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLedgerApp, type LedgerApp } from '../../../core/app';
import { LEDGER_CHANNEL } from '../../../electron/channel';
import { registerIpc } from '../../../electron/ipc';

const APP_URL = 'file:///app/dist/renderer/index.html';
type Handler = (event: { senderFrame: { url: string } | null; sender: { id: number } }, ...args: unknown[]) => unknown;

describe('registerIpc', () => {
  let dataDir: string;
  let ledger: LedgerApp;
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: vi.fn((channel: string, handler: Handler) => handlers.set(channel, handler)) };
  const invoke = (url: string | null, method: unknown, input: unknown = {}, windowId = 1) =>
    Promise.resolve(handlers.get(LEDGER_CHANNEL)?.({ senderFrame: url === null ? null : { url }, sender: { id: windowId } }, method, input));

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-ipc-'));
    ledger = createLedgerApp(dataDir);
    registerIpc(ipcMain as never, ledger, (url) => url.split('#')[0] === APP_URL);
  });

  afterAll(() => {
    ledger.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('registers exactly one channel', () => {
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect([...handlers.keys()]).toEqual(['ledger:invoke']);
  });

  it('forwards a call from the app page to the core', async () => {
    const reply = await invoke(`${APP_URL}#/settings`, 'app.info');
    expect(reply).toMatchObject({ ok: true, data: { planCount: 0, firstRun: true } });
  });

  it('keeps each window signed in through its own session, which never reaches the page', async () => {
    expect(await invoke(APP_URL, 'plans.list')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const setup = await invoke(APP_URL, 'auth.setup', { username: 'admin', displayName: '管理员', password: 'long-enough-1' });
    expect(setup).toMatchObject({ ok: true, data: { user: { role: 'admin' }, session: '' } });
    expect(await invoke(APP_URL, 'plans.list')).toEqual({ ok: true, data: [] });
    // Another window has not signed in.
    expect(await invoke(APP_URL, 'plans.list', {}, 2)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await invoke(APP_URL, 'auth.logout');
    expect(await invoke(APP_URL, 'plans.list')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a sender that is not the app page, without calling the core', async () => {
    const spy = vi.spyOn(ledger, 'call');
    const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求' } };
    expect(await invoke('https://evil.example/', 'app.info')).toEqual(forbidden);
    expect(await invoke('file:///tmp/other.html', 'app.info')).toEqual(forbidden);
    expect(await invoke(null, 'app.info')).toEqual(forbidden);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('rejects a method name that is not a string', async () => {
    for (const method of [42, null, undefined, { toString: () => 'app.info' }]) {
      expect(await invoke(APP_URL, method)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
  });

  it('stores a file handed over as bytes for a signed-in writer, like serve mode\'s /upload', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 9, 9]);
    expect(await invoke(APP_URL, '@upload', bytes, 7)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await invoke(APP_URL, 'auth.login', { username: 'admin', password: 'long-enough-1' }, 7);
    const stored = (await invoke(APP_URL, '@upload', bytes, 7)) as { ok: true; data: { sha256: string; size: number } };
    expect(stored).toMatchObject({ ok: true, data: { size: 6 } });
    expect(fs.existsSync(path.join(dataDir, 'attachments', stored.data.sha256.slice(0, 2), stored.data.sha256))).toBe(true);
    expect(await invoke(APP_URL, '@upload', 'not bytes', 7)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('passes core errors through unchanged', async () => {
    expect(await invoke(APP_URL, 'no.such.method')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });
});

describe('registerIpc: desktop calls and sessions', () => {
  let dataDir: string;
  let ledger: LedgerApp;
  let handler: Handler;
  const onSignIn = vi.fn();
  const saveExport = vi.fn(async (_input: unknown, _caller: unknown) => ({ path: '/tmp/x.xlsx' }));
  let sessions: ReturnType<typeof registerIpc>;
  const invoke = (method: unknown, input: unknown = {}, windowId = 1) => Promise.resolve(handler({ senderFrame: { url: APP_URL }, sender: { id: windowId } }, method, input));

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-ipc-desktop-'));
    ledger = createLedgerApp(dataDir);
    const ipcMain = { handle: (_channel: string, registered: Handler) => (handler = registered) };
    sessions = registerIpc(ipcMain as never, ledger, (url) => url === APP_URL, { desktop: { '@save-export': saveExport }, onSignIn });
  });

  afterAll(() => {
    ledger.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('tells who signed in, and keeps the session for ledger-file:// requests of that window', async () => {
    expect(sessions.sessionOf(1)).toBeNull();
    await invoke('auth.setup', { username: 'admin', displayName: '管理员', password: 'long-enough-1' });
    const token = sessions.sessionOf(1);
    expect(token).toMatch(/.{20,}/);
    expect(onSignIn).toHaveBeenCalledWith(token);
    expect(sessions.sessionOf(2)).toBeNull();
  });

  it('routes a desktop call with its parsed input, the window\'s session and its web contents', async () => {
    const file = { fileName: '台账.xlsx', mime: 'x', base64: 'UEs=' };
    expect(await invoke('@save-export', file)).toEqual({ ok: true, data: { path: '/tmp/x.xlsx' } });
    expect(saveExport).toHaveBeenCalledWith(file, { session: sessions.sessionOf(1), sender: { id: 1 } });
  });

  it('refuses bad input to a desktop call and one that is not offered, and passes its errors on', async () => {
    expect(await invoke('@save-export', { fileName: 3 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await invoke('@open-evidence', { id: 1 })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    saveExport.mockRejectedValueOnce(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
    expect(await invoke('@save-export', { fileName: 'a.csv', mime: 'text/csv', base64: '' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
