import type { BrowserWindow, Rectangle } from 'electron';
import { readDesktopState, restoredBounds, updateDesktopState } from '../core/desktop/desktop-state';

export const MINIMUM_SIZE = { width: 1024, height: 640 };

/** The saved size and place, if it still fits the screens; null: the default size, centred. */
export function savedPlacement(dataDir: string, workAreas: Rectangle[]): { bounds: Rectangle | null; maximized: boolean } {
  const saved = readDesktopState(dataDir).window;
  return { bounds: restoredBounds(saved?.bounds, workAreas, MINIMUM_SIZE), maximized: saved?.maximized ?? false };
}

/** Saves the window's size and place when it closes; a maximized window keeps the size it returns to. */
export function rememberPlacement(win: Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized'>, dataDir: string): void {
  win.on('close', () => {
    try {
      updateDesktopState(dataDir, { window: { bounds: win.getNormalBounds(), maximized: win.isMaximized() } });
    } catch (error) {
      console.error('[window-state] not saved', error);
    }
  });
}
