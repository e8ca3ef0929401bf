import { afterEach, describe, expect, it } from 'vitest';
import { chromiumPdfRenderer } from '../../../core/export/chromium-pdf';

const saved = process.env.LEDGER_CHROMIUM;
afterEach(() => {
  if (saved === undefined) delete process.env.LEDGER_CHROMIUM;
  else process.env.LEDGER_CHROMIUM = saved;
});

describe('Chromium PDF renderer', () => {
  it('explains in Chinese when no browser can be started', async () => {
    process.env.LEDGER_CHROMIUM = '/nonexistent/chromium';
    await expect(chromiumPdfRenderer('<p>测试</p>')).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('未找到可用于生成PDF的浏览器（Chromium、Chrome 或 Edge）'),
    });
  });
});
