import type { BrowserWindow as BrowserWindowType } from 'electron';
import type { PdfRenderer } from '../core/export/pdf-renderer';

export const PRINT_PARTITION = 'ledger-print';

type WindowFactory = new (options: Electron.BrowserWindowConstructorOptions) => BrowserWindowType;

/**
 * The desktop's PDF engine for the export layer: the print HTML is loaded in a hidden window that runs
 * no script and has no preload, and Chromium's printToPDF honours the HTML's own @page size and margins,
 * so the desktop prints exactly what serve mode prints.
 */
export function electronPdfRenderer(BrowserWindow: WindowFactory): PdfRenderer {
  return async (html) => {
    const win = new BrowserWindow({
      show: false,
      // Its own in-memory session: the print HTML cannot reach ledger-file:// or the page's storage.
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, partition: PRINT_PARTITION },
    });
    try {
      await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
      const pdf = await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
      return new Uint8Array(pdf);
    } finally {
      win.destroy();
    }
  };
}
