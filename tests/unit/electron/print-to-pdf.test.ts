import { describe, expect, it, vi } from 'vitest';
import { electronPdfRenderer } from '../../../electron/print-to-pdf';

describe('electronPdfRenderer', () => {
  it('prints the HTML in a hidden, script-less window with the page size from its CSS, then destroys it', async () => {
    const created: { options: any; loadURL: any; destroy: any; printToPDF: any }[] = [];
    class FakeWindow {
      webContents: { printToPDF: any };
      loadURL = vi.fn(async () => undefined);
      destroy = vi.fn();
      constructor(readonly options: any) {
        this.webContents = { printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7')) };
        created.push({ options, loadURL: this.loadURL, destroy: this.destroy, printToPDF: this.webContents.printToPDF });
      }
    }
    const pdf = await electronPdfRenderer(FakeWindow as never)('<html><body>月度工作推进表</body></html>');
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7');
    const [win] = created;
    expect(win.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false } });
    expect(decodeURIComponent(win.loadURL.mock.calls[0][0])).toContain('月度工作推进表');
    expect(win.printToPDF).toHaveBeenCalledWith({ preferCSSPageSize: true, printBackground: true });
    expect(win.destroy).toHaveBeenCalled();
  });
});
