import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { EVIDENCE_SCHEME } from '../core/contract/desktop-calls';

export const WINDOW_TITLE = '团委工作台账';

/**
 * The page's Content-Security-Policy. Styles allow 'unsafe-inline' only because antd injects its
 * CSS-in-JS <style> tags at run time; scripts stay strictly 'self'. Evidence photos come from ledger-file:.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob: ${EVIDENCE_SCHEME}:`,
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The main window: hidden until its first paint, and with every renderer privilege turned off. `bounds`
 * is where it was last time (electron/window-state.ts); without it, the default size, centred.
 */
export function mainWindowOptions(preloadPath: string, bounds: Rectangle | null = null): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 820,
    ...bounds,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#f5f5f5',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  };
}
