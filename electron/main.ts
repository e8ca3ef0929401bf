import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLedgerApp, type LedgerApp } from '../core/app';
import { defaultDataDir } from '../core/data-dir';
import { appUrlCheck } from './app-url';
import { setPdfRenderer } from '../core/export/pdf-renderer';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { nativeBindingPath } from './native-binding';
import { electronPdfRenderer } from './print-to-pdf';
import { guardNavigation } from './navigation';
import { applySessionPolicy } from './session-policy';
import { startupErrorText } from './startup-error';
import { mainWindowOptions, WINDOW_TITLE } from './window-options';

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
  const win = new BrowserWindow(mainWindowOptions(preload));
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
  });
  win.loadFile(indexHtml).catch((error: unknown) => {
    dialog.showErrorBox('无法加载界面', `界面文件缺失或损坏，请重新安装。\n${indexHtml}\n${String(error)}`);
  });
  mainWindow = win;
}

function showAbout(): void {
  const options = { type: 'info' as const, title: '关于', message: WINDOW_TITLE, detail: `版本 ${app.getVersion()}\n数据目录：${dataDir}` };
  if (mainWindow) void dialog.showMessageBox(mainWindow, options);
  else void dialog.showMessageBox(options);
}

function start(): void {
  const ledger = openLedger();
  if (!ledger) {
    app.exit(1);
    return;
  }
  app.on('will-quit', () => ledger.close());
  applySessionPolicy(session.defaultSession);
  registerIpc(ipcMain, ledger, isAppUrl);
  setPdfRenderer(electronPdfRenderer(BrowserWindow));
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isPackaged: app.isPackaged, about: showAbout })));
  createWindow();
  app.on('activate', () => {
    if (!mainWindow) createWindow();
  });
}

// One process owns the database file; a second launch just brings the window forward.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
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
