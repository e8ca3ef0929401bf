import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLedgerApp } from '../../../core/app';

const repo = path.resolve(import.meta.dirname, '../../..');

const electron = vi.hoisted(() => {
  const path = require('node:path') as typeof import('node:path');
  const os = require('node:os') as typeof import('node:os');
  type Listener = (...args: unknown[]) => void;
  const listeners = (target: Map<string, Listener[]>) =>
    vi.fn((name: string, listener: Listener) => {
      target.set(name, [...(target.get(name) ?? []), listener]);
    });
  const appEvents = new Map<string, Listener[]>();
  const ipcHandlers = new Map<string, Listener>();
  class BrowserWindow {
    static created: BrowserWindow[] = [];
    static fromWebContents = vi.fn(() => BrowserWindow.created[0] ?? null);
    events = new Map<string, Listener[]>();
    on = listeners(this.events);
    once = listeners(this.events);
    show = vi.fn();
    maximize = vi.fn();
    isMaximized = vi.fn(() => false);
    getNormalBounds = vi.fn(() => ({ x: 40, y: 30, width: 1300, height: 860 }));
    webContents = { id: 7 };
    loadFile = vi.fn(async (_file: string) => undefined);
    constructor(readonly options: { webPreferences: Record<string, unknown>; x?: number; width?: number }) {
      BrowserWindow.created.push(this);
    }
  }
  class Notification {
    static shown: { title: string; body: string }[] = [];
    static isSupported = () => true;
    constructor(readonly options: { title: string; body: string }) {}
    show() {
      Notification.shown.push(this.options);
    }
  }
  return {
    appEvents,
    ipcHandlers,
    app: {
      isPackaged: false,
      getAppPath: vi.fn(() => ''),
      getPath: vi.fn((name: string) => path.join(os.tmpdir(), `ledger-main-${name}`)),
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: vi.fn(() => true),
      whenReady: vi.fn(async () => undefined),
      on: listeners(appEvents),
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow,
    ipcMain: { handle: vi.fn((channel: string, handler: Listener) => ipcHandlers.set(channel, handler)) },
    session: { defaultSession: { webRequest: { onHeadersReceived: vi.fn() }, setPermissionRequestHandler: vi.fn() } },
    shell: { openExternal: vi.fn(), openPath: vi.fn(async () => '') },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]) },
    Notification,
  };
});
vi.mock('electron', () => electron);

let appPath: string;
let dataDir: string;

/** Loads main.ts afresh, as Electron would on launch, and waits for it to finish starting. */
async function launch(): Promise<void> {
  vi.resetModules();
  await import('../../../electron/main');
  await vi.waitFor(() => expect(electron.app.exit.mock.calls.length + electron.Menu.setApplicationMenu.mock.calls.length).toBeGreaterThan(0));
}

beforeEach(() => {
  vi.clearAllMocks();
  electron.appEvents.clear();
  electron.ipcHandlers.clear();
  electron.BrowserWindow.created = [];
  electron.Notification.shown = [];
  // A stand-in app folder: the Node build of the addon plays the part of .electron-native's Electron build.
  appPath = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-main-app-'));
  fs.mkdirSync(path.join(appPath, '.electron-native'));
  fs.copyFileSync(
    path.join(repo, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
    path.join(appPath, '.electron-native/better_sqlite3.node'),
  );
  fs.cpSync(path.join(repo, 'db/migrations'), path.join(appPath, 'db/migrations'), { recursive: true });
  electron.app.getAppPath.mockReturnValue(appPath);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-main-data-'));
  vi.stubEnv('LEDGER_DATA_DIR', dataDir);
});

afterEach(() => {
  for (const listener of electron.appEvents.get('will-quit') ?? []) listener();
  vi.unstubAllEnvs();
  fs.rmSync(appPath, { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('electron main', () => {
  it('opens the ledger in the data folder and one locked-down window on the built page', async () => {
    await launch();
    expect(fs.existsSync(path.join(dataDir, 'ledger.db'))).toBe(true);
    expect(electron.BrowserWindow.created).toHaveLength(1);
    const [win] = electron.BrowserWindow.created;
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(win.options.webPreferences.preload).toMatch(/preload\.cjs$/);
    expect(win.loadFile.mock.calls[0][0]).toMatch(/renderer[\\/]index\.html$/);

    win.events.get('ready-to-show')?.[0]();
    expect(win.show).toHaveBeenCalled();
    expect(electron.session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalledTimes(1);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });

  it('answers the page it loaded over IPC, and only that page', async () => {
    await launch();
    const handler = electron.ipcHandlers.get('ledger:invoke');
    const pageUrl = pathToFileURL(electron.BrowserWindow.created[0].loadFile.mock.calls[0][0]).href;
    expect(await handler?.({ senderFrame: { url: `${pageUrl}#/` }, sender: { id: 1 } }, 'app.info', {})).toMatchObject({ ok: true, data: { firstRun: true } });
    expect(await handler?.({ senderFrame: { url: 'https://evil.example/' }, sender: { id: 1 } }, 'app.info', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('refuses a database from a newer version with a Chinese message and quits without touching it', async () => {
    const existing = createLedgerApp(dataDir);
    existing.store.sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', Date.now() + 1e12);
    existing.close();
    const file = path.join(dataDir, 'ledger.db');
    const before = fs.readFileSync(file);

    await launch();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('无法打开台账数据', expect.stringContaining('更新版本'));
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(electron.BrowserWindow.created).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('leaves the database to the running instance when launched twice', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    vi.resetModules();
    await import('../../../electron/main');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
  });

  it('serves evidence through a privileged ledger-file:// scheme, registered before the app is ready', async () => {
    await launch();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'ledger-file', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(electron.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(electron.app.whenReady.mock.invocationCallOrder[0]);
    expect(electron.protocol.handle).toHaveBeenCalledWith('ledger-file', expect.any(Function));
    const handler = electron.protocol.handle.mock.calls[0][1] as (request: Request) => Promise<Response>;
    // Nobody has signed in on the page yet.
    expect((await handler(new Request('ledger-file://evidence/1'))).status).toBe(401);
  });

  it('reopens the window where it was closed', async () => {
    await launch();
    for (const listener of electron.BrowserWindow.created[0].events.get('close') ?? []) listener();
    for (const listener of electron.appEvents.get('will-quit') ?? []) listener();
    await launch();
    expect(electron.BrowserWindow.created[1].options).toMatchObject({ x: 40, y: 30, width: 1300, height: 860 });
  });

  it('shows the data folder in 关于, with a button that opens it', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    await launch();
    const [menu] = electron.Menu.setApplicationMenu.mock.calls[0] as unknown as [{ label: string; submenu: { label: string; click: () => void }[] }[]];
    menu.find((m) => m.label === '帮助')?.submenu.find((item) => item.label === '关于')?.click();
    await vi.waitFor(() => expect(electron.shell.openPath).toHaveBeenCalledWith(dataDir));
    const options = electron.dialog.showMessageBox.mock.calls[0].at(-1) as unknown as { detail: string; buttons: string[] };
    expect(options.detail).toContain(dataDir);
    expect(options.buttons).toEqual(['确定', '打开数据文件夹']);
  });

  it('notifies the 逾期/临期 counts at the first sign-in that has any, once a run', async () => {
    await launch();
    const handler = electron.ipcHandlers.get('ledger:invoke')!;
    const pageUrl = pathToFileURL(electron.BrowserWindow.created[0].loadFile.mock.calls[0][0]).href;
    const invoke = (method: string, input: unknown = {}) => handler({ senderFrame: { url: pageUrl }, sender: { id: 7 } }, method, input);
    await invoke('auth.setup', { username: 'admin', displayName: '管理员', password: 'long-enough-1' });
    await invoke('demo.load');
    // The first sign-in (setup) found no plan yet, so it said nothing.
    expect(electron.Notification.shown).toEqual([]);
    await invoke('auth.login', { username: 'admin', password: 'long-enough-1' });
    await vi.waitFor(() => expect(electron.Notification.shown).toHaveLength(1));
    expect(electron.Notification.shown[0].body).toMatch(/^2023年工作纲要中：逾期 \d+ 项/);
    await invoke('auth.login', { username: 'admin', password: 'long-enough-1' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(electron.Notification.shown).toHaveLength(1);
  });
});
