import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPdfRenderer } from '../../../core/export/pdf-renderer';
import type { TestLedger } from '../../helpers/temp-ledger';
import { addProgress, decode, itemBySeq, openDemoLedger } from '../../fixtures/export/ledger-rows';
import { hasChromium, hasTool, pdfInfo, pdfText, readWorkbook } from '../../fixtures/export/readers';

// 月度工作推进表: one print HTML, rendered to PDF by Chromium, and the same table as xlsx.

let ledger: TestLedger;
let planId: number;

beforeAll(async () => {
  ({ ledger, planId } = await openDemoLedger());
  addProgress(ledger, itemBySeq(ledger, 'yearRound', 1).id, '2023-03-12', '组织青年大学习两期。');
});
afterAll(() => ledger.close());

describe('月度工作推进表', () => {
  it('prints from one HTML: A4 landscape, header repeated, rows never split, signature lines', async () => {
    const { title, html } = await ledger.ok('exports.preview', { form: 'month', planId, month: 3 });
    expect(title).toBe('校团委2023年3月工作推进表');
    expect(html).toContain('size: A4 landscape');
    expect(html).toMatch(/tr \{ break-inside: avoid;/);
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('<tr class="group"><td colspan="10">二、结转事项（5项）</td></tr>');
    expect(html).toContain('本月已打卡（3月12日）');
    for (const label of ['填表人', '审核人', '负责人', '日期']) expect(html).toContain(`${label}：`);
  });

  it.skipIf(!hasChromium() || !hasTool('pdfinfo'))('renders to an A4 landscape PDF with the Chinese text extractable', async () => {
    const file = await ledger.ok('exports.month', { planId, month: 3 });
    expect(file.fileName).toBe('2023年3月工作推进表.pdf');
    expect(file.mime).toBe('application/pdf');
    const pdf = decode(file);
    const info = pdfInfo(pdf);
    expect(info.pages).toBeGreaterThan(0);
    expect(info.width).toBeCloseTo(842, 0);
    expect(info.height).toBeCloseTo(595, 0);
    const text = pdfText(pdf).replace(/\s+/g, '');
    for (const expected of ['校团委2023年3月工作推进表', '一、本月工作事项（5项）', '二、结转事项（5项）', '本月已打卡（3月12日）', '填表人', `第1页共${info.pages}页`])
      expect(text).toContain(expected);
  });

  it('prints through the renderer the shell installs (Electron printToPDF on the desktop)', async () => {
    const seen: string[] = [];
    setPdfRenderer(async (html) => {
      seen.push(html);
      return new TextEncoder().encode('%PDF-fake');
    });
    try {
      const file = await ledger.ok('exports.month', { planId, month: 4 });
      expect(decode(file).toString()).toBe('%PDF-fake');
      expect(seen[0]).toContain('校团委2023年4月工作推进表');
    } finally {
      setPdfRenderer(null);
    }
  });

  it('exports the same table as xlsx', async () => {
    const file = await ledger.ok('exports.month', { planId, month: 3, format: 'xlsx' });
    expect(file.fileName).toBe('2023年3月工作推进表.xlsx');
    const sheet = (await readWorkbook(decode(file))).getWorksheet('3月')!;
    expect(sheet.getCell('A1').value).toBe('校团委2023年3月工作推进表');
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '3:3' });
    expect(String(sheet.getRow(sheet.rowCount).getCell(1).value)).toContain('负责人：');
  });
});
