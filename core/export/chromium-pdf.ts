import fs from 'node:fs';
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

async function launch() {
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

export async function chromiumPdfRenderer(html: string): Promise<Uint8Array> {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  } finally {
    await browser.close();
  }
}
