// The Chromium the browser tests (Playwright on serve mode) drive. Looked for in order: CHROMIUM_PATH, the
// system's, then the one `npx playwright install chromium` keeps in Playwright's own folder.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const SYSTEM_CHROMIUMS = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  win32: [
    `${process.env['ProgramFiles'] ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)'}\\Microsoft\\Edge\\Application\\msedge.exe`,
  ],
};

/** Playwright's own Chromium, if `playwright install chromium` has put it on this machine. */
function playwrightChromium() {
  try {
    const file = require('playwright-core').chromium.executablePath();
    return file && fs.existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/** { path, source } of the Chromium to use, or null when there is none. */
export function findChromium(env = process.env, platform = process.platform) {
  if (env.CHROMIUM_PATH) return fs.existsSync(env.CHROMIUM_PATH) ? { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' } : null;
  const system = (SYSTEM_CHROMIUMS[platform] ?? []).find((file) => fs.existsSync(file));
  if (system) return { path: system, source: '系统' };
  const own = playwrightChromium();
  return own ? { path: own, source: 'Playwright' } : null;
}
