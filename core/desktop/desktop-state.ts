import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// What the desktop window remembers between runs (its size and place, the folder last saved to), kept in
// the data folder beside ledger.db. A missing or damaged file just means the defaults.

const bounds = z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() });

const desktopState = z.object({
  window: z.object({ bounds, maximized: z.boolean() }).optional(),
  lastFolder: z.string().optional(),
});

export type WindowBounds = z.infer<typeof bounds>;
export type DesktopState = z.infer<typeof desktopState>;

export const DESKTOP_STATE_FILE = 'desktop.json';

export function readDesktopState(dataDir: string): DesktopState {
  try {
    const parsed = desktopState.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, DESKTOP_STATE_FILE), 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Merges a change into the file; written whole through a temporary file, so a crash never leaves half of it. */
export function updateDesktopState(dataDir: string, change: Partial<DesktopState>): DesktopState {
  const next = { ...readDesktopState(dataDir), ...change };
  const file = path.join(dataDir, DESKTOP_STATE_FILE);
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(next, null, 2)}\n`);
  fs.renameSync(`${file}.tmp`, file);
  return next;
}

/**
 * Where the window opens: where it was, if that still overlaps a screen by enough to grab (a monitor may
 * have been unplugged since); else the default size, centred by the system.
 */
export function restoredBounds(saved: WindowBounds | undefined, workAreas: WindowBounds[], minimum: { width: number; height: number }): WindowBounds | null {
  if (!saved) return null;
  const width = Math.max(saved.width, minimum.width);
  const height = Math.max(saved.height, minimum.height);
  // Enough of the title bar on one screen to grab it.
  const GRIP = 100;
  const visible = workAreas.some((area) => {
    const overlapX = Math.min(saved.x + width, area.x + area.width) - Math.max(saved.x, area.x);
    return overlapX >= GRIP && saved.y >= area.y && saved.y + 30 <= area.y + area.height;
  });
  return visible ? { x: saved.x, y: saved.y, width, height } : null;
}
