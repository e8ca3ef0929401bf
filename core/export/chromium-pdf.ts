import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { AppError } from '../contract/app-error';

// PDF from print HTML with a Chromium-family browser already on the machine, driven by playwright-core
// (no browser download). Looked for in order: LEDGER_CHROMIUM, /usr/bin/chromium, then the installed
// Chrome or Edge channels.

const LINUX_CHROMIUM = '/usr/bin/chromium';
const CHANNELS = ['chrome', 'msedge'] as const;

type Launch = { executablePath: string } | { channel: string };

function candidates(): Launch[] {
  const explicit = process.env.LEDGER_CHROMIUM;
  if (explicit) return [{ executablePath: explicit }];
  const local = fs.existsSync(LINUX_CHROMIUM) ? [{ executablePath: LINUX_CHROMIUM }] : [];
  return [...local, ...CHANNELS.map((channel) => ({ channel }))];
}

const NOT_FOUND =
  '未找到可用于生成PDF的浏览器（Chromium、Chrome 或 Edge）。请安装其中之一，或设置环境变量 LEDGER_CHROMIUM 指向浏览器程序后重试；也可以导出为 Word/Excel 文件后打印。';

async function launch(): Promise<Browser> {
  // Loaded on first use: the desktop build prints through Electron and never needs it.
  const { chromium } = await import('playwright-core').catch(() => {
    throw new AppError('INTERNAL', `${NOT_FOUND}（缺少 playwright-core 组件）`);
  });
  let lastError: unknown;
  for (const option of candidates()) {
    try {
      return await chromium.launch({ ...option, headless: true });
    } catch (error) {
      lastError = error;
    }
  }
  throw new AppError('INTERNAL', NOT_FOUND, { cause: lastError instanceof Error ? lastError.message.split('\n')[0] : String(lastError) });
}

// Starting Chromium is most of a PDF's time (~0.5 s): one browser serves every PDF of the process and is
// closed once it has been idle for a while, so a server does not keep a browser around all day.
const IDLE_CLOSE_MS = 60_000;
let shared: Promise<Browser> | null = null;
let busy = 0;
let idleTimer: NodeJS.Timeout | null = null;

function browser(): Promise<Browser> {
  if (!shared) {
    const launching = launch();
    shared = launching;
    launching.then(
      // A browser that crashed or was killed is started afresh next time.
      (b) => b.on('disconnected', () => { if (shared === launching) shared = null; }),
      () => { if (shared === launching) shared = null; },
    );
  }
  return shared;
}

let closeWhenIdle = false;

/**
 * Closes the shared browser (a ledger app closing: the CLI before it exits, serve mode at shutdown, tests);
 * a PDF still being made finishes first. Its open pipes would otherwise keep the process alive.
 */
export async function closePdfBrowser(): Promise<void> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (busy > 0) {
    closeWhenIdle = true;
    return;
  }
  closeWhenIdle = false;
  const open = shared;
  shared = null;
  if (open) await open.then((b) => b.close()).catch(() => undefined);
}

export async function chromiumPdfRenderer(html: string): Promise<Uint8Array> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  busy++;
  try {
    // A context per PDF: nothing of one document (storage, fonts loaded by its page) reaches the next.
    const context = await (await browser()).newContext();
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    } finally {
      await context.close();
    }
  } finally {
    if (--busy === 0) {
      if (closeWhenIdle) void closePdfBrowser();
      else {
        idleTimer = setTimeout(() => void closePdfBrowser(), IDLE_CLOSE_MS);
        idleTimer.unref();
      }
    }
  }
}
