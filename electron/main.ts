import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, protocol, screen, session, shell } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLedgerApp, type LedgerApp } from '../core/app';
import { createLanHost } from '../core/transport/lan-host';
import { EVIDENCE_SCHEME } from '../core/contract/desktop-calls';
import { defaultDataDir } from '../core/data-dir';
import { startupReminder } from '../core/desktop/startup-reminder';
import { setPdfRenderer } from '../core/export/pdf-renderer';
import { localDate } from '../core/services/read-scope';
import { showAbout } from './about';
import { appUrlCheck } from './app-url';
import { desktopCallHandlers } from './desktop-calls';
import { EVIDENCE_SCHEME_PRIVILEGES, evidenceProtocolHandler } from './evidence-protocol';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { nativeBindingPath } from './native-binding';
import { guardNavigation } from './navigation';
import { electronPdfRenderer } from './print-to-pdf';
import { startupNotifier } from './reminder';
import { applySessionPolicy } from './session-policy';
import { startupErrorText } from './startup-error';
import { mainWindowOptions } from './window-options';
import { rememberPlacement, savedPlacement } from './window-state';

// The bundle lives in dist/electron/, beside the preload and the renderer build.
const indexHtml = fileURLToPath(new URL('../renderer/index.html', import.meta.url));
const preload = fileURLToPath(new URL('./preload.cjs', import.meta.url));
const isAppUrl = appUrlCheck(indexHtml);
const dataDir = defaultDataDir();

let mainWindow: BrowserWindow | null = null;

function openLedger(): LedgerApp | null {
  // The repository in development, resources/app.asar when installed; migrations ship in both.
  const appPath = app.getAppPath();
  try {
    return createLedgerApp(dataDir, {
      nativeBinding: nativeBindingPath({ isPackaged: app.isPackaged, appPath, resourcesPath: process.resourcesPath }),
      migrationsFolder: path.join(appPath, 'db', 'migrations'),
    });
  } catch (error) {
    const { title, content } = startupErrorText(error, dataDir);
    dialog.showErrorBox(title, content);
    return null;
  }
}

function createWindow(): void {
  const placement = savedPlacement(dataDir, screen.getAllDisplays().map((display) => display.workArea));
  const win = new BrowserWindow(mainWindowOptions(preload, placement.bounds));
  rememberPlacement(win, dataDir);
  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize();
    win.show();
  });
  win.on('closed', () => {
    mainWindow = null;
  });
  win.loadFile(indexHtml).catch((error: unknown) => {
    dialog.showErrorBox('无法加载界面', `界面文件缺失或损坏，请重新安装。\n${indexHtml}\n${String(error)}`);
  });
  mainWindow = win;
}

function start(): void {
  const ledger = openLedger();
  if (!ledger) {
    app.exit(1);
    return;
  }
  // Copies of evidence opened in the system's viewer; a viewer may still hold last run's, so clear at start too.
  const viewerCopies = path.join(app.getPath('temp'), 'league-ledger-viewer');
  fs.rmSync(viewerCopies, { recursive: true, force: true });
  // 设置 → 局域网访问: advisers' browsers reach the same ledger through this process (off unless turned on).
  const lan = createLanHost(ledger, path.dirname(indexHtml));
  ledger.attachLan(lan);
  void lan.resume();
  app.on('will-quit', () => {
    void lan.stop();
    ledger.close();
    fs.rmSync(viewerCopies, { recursive: true, force: true });
  });
  applySessionPolicy(session.defaultSession);
  const ipc = registerIpc(ipcMain, ledger, isAppUrl, {
    desktop: desktopCallHandlers({
      app: ledger,
      dialog,
      shell,
      windowOf: (sender) => BrowserWindow.fromWebContents(sender),
      firstFolder: app.getPath('documents'),
      viewerCopies,
    }),
    onSignIn: startupNotifier(Notification, (token) => startupReminder((method, input) => ledger.call(method, input, { session: token }), localDate(new Date()))),
  });
  protocol.handle(EVIDENCE_SCHEME, evidenceProtocolHandler(ledger, () => (mainWindow ? ipc.sessionOf(mainWindow.webContents.id) : null)));
  setPdfRenderer(electronPdfRenderer(BrowserWindow));
  const about = () => void showAbout({ dialog, shell, window: mainWindow, version: app.getVersion(), dataDir });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isPackaged: app.isPackaged, about })));
  createWindow();
  app.on('activate', () => {
    if (!mainWindow) createWindow();
  });
}

// One process owns the database file; a second launch just brings the window forward.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  protocol.registerSchemesAsPrivileged([EVIDENCE_SCHEME_PRIVILEGES]);
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, isAppUrl, (url) => shell.openExternal(url)));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[main] startup failed', error);
      app.exit(1);
    });
}
