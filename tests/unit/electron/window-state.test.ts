import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDesktopState, restoredBounds, updateDesktopState } from '../../../core/desktop/desktop-state';
import { MINIMUM_SIZE, rememberPlacement, savedPlacement } from '../../../electron/window-state';

const SCREEN = { x: 0, y: 0, width: 1920, height: 1040 };
let dataDir: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-window-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('window placement', () => {
  it('saves size, place and maximized state on close, and restores them next time', () => {
    const listeners = new Map<string, () => void>();
    const win = {
      on: (name: string, listener: () => void) => listeners.set(name, listener),
      getNormalBounds: () => ({ x: 100, y: 80, width: 1400, height: 900 }),
      isMaximized: () => true,
    };
    expect(savedPlacement(dataDir, [SCREEN])).toEqual({ bounds: null, maximized: false });
    rememberPlacement(win as never, dataDir);
    listeners.get('close')?.();
    expect(savedPlacement(dataDir, [SCREEN])).toEqual({ bounds: { x: 100, y: 80, width: 1400, height: 900 }, maximized: true });
  });

  it('keeps the other remembered things when saving one', () => {
    updateDesktopState(dataDir, { lastFolder: 'D:\\台账' });
    updateDesktopState(dataDir, { window: { bounds: { x: 1, y: 2, width: 1100, height: 700 }, maximized: false } });
    expect(readDesktopState(dataDir)).toEqual({ lastFolder: 'D:\\台账', window: { bounds: { x: 1, y: 2, width: 1100, height: 700 }, maximized: false } });
  });

  it('ignores a damaged file', () => {
    fs.writeFileSync(path.join(dataDir, 'desktop.json'), '{"window": {"bounds": "big"}');
    expect(readDesktopState(dataDir)).toEqual({});
    fs.writeFileSync(path.join(dataDir, 'desktop.json'), '{"window": {"bounds": {"x": "a"}, "maximized": 1}}');
    expect(readDesktopState(dataDir)).toEqual({});
  });
});

describe('restoredBounds', () => {
  it('keeps a window that is on a screen, at least at the minimum size', () => {
    expect(restoredBounds({ x: 10, y: 10, width: 800, height: 500 }, [SCREEN], MINIMUM_SIZE)).toEqual({ x: 10, y: 10, width: 1024, height: 640 });
  });

  it('finds it on a second screen left of the first', () => {
    expect(restoredBounds({ x: -1500, y: 100, width: 1200, height: 800 }, [SCREEN, { x: -1920, y: 0, width: 1920, height: 1040 }], MINIMUM_SIZE)).toMatchObject({ x: -1500 });
  });

  it('drops a place on a screen that is gone, or with the title bar out of reach', () => {
    expect(restoredBounds({ x: -1500, y: 100, width: 1200, height: 800 }, [SCREEN], MINIMUM_SIZE)).toBeNull();
    expect(restoredBounds({ x: 1880, y: 100, width: 1200, height: 800 }, [SCREEN], MINIMUM_SIZE)).toBeNull();
    expect(restoredBounds({ x: 100, y: -50, width: 1200, height: 800 }, [SCREEN], MINIMUM_SIZE)).toBeNull();
    expect(restoredBounds(undefined, [SCREEN], MINIMUM_SIZE)).toBeNull();
  });
});
