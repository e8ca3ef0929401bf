import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLedgerApp } from '../../../core/app';

const repo = path.resolve(import.meta.dirname, '../../..');

const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  const listeners = (target: Map<string, Listener[]>) =>
    vi.fn((name: string, listener: Listener) => {
      target.set(name, [...(target.get(name) ?? []), listener]);
    });
  const appEvents = new Map<string, Listener[]>();
  const ipcHandlers = new Map<string, Listener>();
  class BrowserWindow {
    static created: BrowserWindow[] = [];
    events = new Map<string, Listener[]>();
    on = listeners(this.events);
    once = listeners(this.events);
    show = vi.fn();
    loadFile = vi.fn(async (_file: string) => undefined);
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      BrowserWindow.created.push(this);
    }
  }
  return {
    appEvents,
    ipcHandlers,
    app: {
      isPackaged: false,
      getAppPath: vi.fn(() => ''),
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
    shell: { openExternal: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn() },
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
});
