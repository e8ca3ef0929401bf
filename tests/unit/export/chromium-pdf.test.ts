import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chromiumPdfRenderer, closePdfBrowser } from '../../../core/export/chromium-pdf';

const saved = process.env.LEDGER_CHROMIUM;
afterEach(async () => {
  await closePdfBrowser();
  vi.restoreAllMocks();
  if (saved === undefined) delete process.env.LEDGER_CHROMIUM;
  else process.env.LEDGER_CHROMIUM = saved;
});

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

describe('Chromium PDF renderer', () => {
  it('explains in Chinese when no browser can be started', async () => {
    process.env.LEDGER_CHROMIUM = '/nonexistent/chromium';
    await expect(chromiumPdfRenderer('<p>测试</p>')).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('未找到可用于生成PDF的浏览器（Chromium、Chrome 或 Edge）'),
    });
  });

  it.skipIf(!fs.existsSync('/usr/bin/chromium'))('starts one browser for many PDFs, parallel ones too, and a new one after it is closed', async () => {
    process.env.LEDGER_CHROMIUM = '/usr/bin/chromium';
    const launch = vi.spyOn(chromium, 'launch');
    const first = await chromiumPdfRenderer('<p>第一份</p>');
    const more = await Promise.all(['第二份', '第三份', '第四份'].map((text) => chromiumPdfRenderer(`<p>${text}</p>`)));
    expect([first, ...more].every(isPdf)).toBe(true);
    expect(launch).toHaveBeenCalledTimes(1);

    await closePdfBrowser();
    expect(isPdf(await chromiumPdfRenderer('<p>关闭之后</p>'))).toBe(true);
    expect(launch).toHaveBeenCalledTimes(2);
  }, 60_000);
});
