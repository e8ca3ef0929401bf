// A stand-in for Electron's main-process module, so the packaged dist/electron/main.js can run under plain
// Node (the Electron program cannot be downloaded here). It behaves like an installed app (isPackaged,
// resources folder from STANDIN_RESOURCES_PATH, app.asar contents at STANDIN_APP_PATH), records what the
// app asks of the desktop (dialogs, notifications, opened files), and answers file dialogs from `answers`.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const appPath = process.env.STANDIN_APP_PATH;
if (!appPath || !process.env.STANDIN_RESOURCES_PATH) throw new Error('STANDIN_APP_PATH and STANDIN_RESOURCES_PATH must be set');
process.resourcesPath = process.env.STANDIN_RESOURCES_PATH;
const userHome = process.env.STANDIN_HOME ?? os.tmpdir();

/** What the app did through the desktop, for the test to check. */
export const record = { errorBoxes: [], messageBoxes: [], notifications: [], openedPaths: [], saveDialogs: [], openDialogs: [], quitCode: null };

/** The next file dialogs' answers, set by the driver before each call: { save: path | null, open: paths | null }. */
export const answers = { save: null, open: null };

/** The smallest valid one-page PDF, naming what it stands for, so exports carry a real PDF. */
export function standInPdf(text) {
  const content = `BT /F1 12 Tf 72 770 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

class StandInApp extends EventEmitter {
  isPackaged = true;
  getAppPath = () => appPath;
  getVersion = () => JSON.parse(fs.readFileSync(path.join(appPath, 'package.json'), 'utf8')).version;
  getName = () => 'league-ledger';
  getPath = (name) => (name === 'temp' ? os.tmpdir() : path.join(userHome, name));
  requestSingleInstanceLock = () => true;
  whenReady = () => Promise.resolve();
  quit = () => this.emit('will-quit');
  exit = (code = 0) => {
    record.quitCode = code;
  };
}
export const app = new StandInApp();

let nextId = 1;
class WebContents extends EventEmitter {
  id = nextId++;
  url = '';
  setWindowOpenHandler = (handler) => {
    this.windowOpenHandler = handler;
  };
  printToPDF = async () => standInPdf(`stand-in printToPDF of ${this.url.length} characters`);
  print = (_options, callback) => callback?.(true, '');
  getURL = () => this.url;
}

export class BrowserWindow extends EventEmitter {
  static windows = [];
  static getAllWindows = () => BrowserWindow.windows.filter((w) => !w.destroyed);
  static fromWebContents = (contents) => BrowserWindow.windows.find((w) => w.webContents === contents) ?? null;
  destroyed = false;
  bounds;
  maximized = false;
  constructor(options = {}) {
    super();
    this.options = options;
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    this.webContents = new WebContents();
    BrowserWindow.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadFile = async (file) => {
    if (!fs.existsSync(file)) throw new Error(`ERR_FILE_NOT_FOUND ${file}`);
    this.loadedFile = file;
    this.webContents.url = `file://${file}`;
  };
  loadURL = async (url) => {
    this.webContents.url = url;
  };
  show = () => undefined;
  focus = () => undefined;
  restore = () => undefined;
  maximize = () => {
    this.maximized = true;
  };
  isMinimized = () => false;
  isMaximized = () => this.maximized;
  getBounds = () => ({ ...this.bounds });
  getNormalBounds = () => ({ ...this.bounds });
  isDestroyed = () => this.destroyed;
  destroy = () => {
    this.destroyed = true;
    this.emit('closed');
  };
  close = () => {
    this.emit('close', { preventDefault: () => undefined });
    this.destroy();
  };
}

const handlers = new Map();
export const ipcMain = {
  handlers,
  handle: (channel, handler) => {
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, handler);
  },
};

export const dialog = {
  showErrorBox: (title, content) => record.errorBoxes.push({ title, content }),
  showMessageBox: async (...args) => {
    record.messageBoxes.push(args.at(-1));
    return { response: 0, checkboxChecked: false };
  },
  showSaveDialog: async (...args) => {
    record.saveDialogs.push(args.at(-1));
    const filePath = answers.save;
    return filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' };
  },
  showOpenDialog: async (...args) => {
    record.openDialogs.push(args.at(-1));
    const filePaths = answers.open;
    return filePaths ? { canceled: false, filePaths } : { canceled: true, filePaths: [] };
  },
};

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => {
    Menu.current = menu;
  },
};

export const session = {
  defaultSession: {
    webRequest: { onHeadersReceived: () => undefined },
    setPermissionRequestHandler: () => undefined,
  },
};

export const shell = {
  openExternal: async () => undefined,
  openPath: async (file) => {
    record.openedPaths.push(file);
    return fs.existsSync(file) ? '' : `not found: ${file}`;
  },
  showItemInFolder: (file) => record.openedPaths.push(file),
};

const schemes = new Map();
export const protocol = {
  privileged: [],
  registerSchemesAsPrivileged: (list) => protocol.privileged.push(...list),
  handle: (scheme, handler) => schemes.set(scheme, handler),
  /** What a page's request for the URL would get: the registered handler's Response. */
  fetch: async (url) => {
    const handler = schemes.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`no protocol handler for ${url}`);
    return handler(new Request(url));
  },
};

export class Notification extends EventEmitter {
  static isSupported = () => true;
  constructor(options) {
    super();
    this.options = options;
  }
  show = () => record.notifications.push(this.options);
}

export const screen = {
  getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }],
  getPrimaryDisplay: () => screen.getAllDisplays()[0],
};

export default { app, BrowserWindow, ipcMain, dialog, Menu, session, shell, protocol, Notification, screen };
