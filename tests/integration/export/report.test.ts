import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestLedger } from '../../helpers/temp-ledger';
import { decode, itemBySeq, openDemoLedger, setStatus } from '../../fixtures/export/ledger-rows';
import { docxText, hasChromium, hasTool, pdfInfo, pdfText } from '../../fixtures/export/readers';

// 督查通报: numbered issues (第N期) with totals, the per-owner table and the two attachment lists.

let ledger: TestLedger;
let planId: number;

beforeAll(async () => {
  ({ ledger, planId } = await openDemoLedger());
  setStatus(ledger, itemBySeq(ledger, 'monthly', 6).id, 'done');
  setStatus(ledger, itemBySeq(ledger, 'monthly', 7).id, 'cancelled');
});
afterAll(() => ledger.close());

describe('督查通报', () => {
  it('states the period, totals and completion rate, and lists the items behind and on schedule', async () => {
    const file = await ledger.ok('exports.report', { planId, fromMonth: 3 });
    expect(file.number).toBe('第1期');
    expect(file.fileName).toBe('2023年督查通报第1期.docx');
    const text = await docxText(decode(file));
    // March: 5 items of the month (1 done, 1 cancelled), 5 carried from February, 9 year-round.
    for (const expected of [
      '督查通报', '第1期', '关于2023年3月工作推进情况的通报', '一、总体情况',
      '本期纳入督查的工作事项共19项，其中已办结1项，推进中9项，逾期8项，已中止1项；完成率为5.6%（已中止事项不计入）。',
      '二、各责任人推进情况', '未明确责任人', '附件1', '滞后/逾期事项清单', '附件2', '按序时推进事项清单', '校团委',
    ])
      expect(text).toContain(expected);
  });

  it('takes the next number each time; a preview shows it without taking it', async () => {
    const preview = await ledger.ok('exports.preview', { form: 'report', planId, fromMonth: 3, toMonth: 5 });
    expect(preview.html).toContain('第2期（预览）');
    expect(preview.html).toContain('关于2023年3-5月工作推进情况的通报');
    const next = await ledger.ok('exports.report', { planId, fromMonth: 3, toMonth: 5 });
    expect(next.number).toBe('第2期');
    const bad = await ledger.raw('exports.report', { planId, fromMonth: 5, toMonth: 3 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it.skipIf(!hasChromium() || !hasTool('pdftotext'))('renders the same report to an A4 portrait PDF', async () => {
    const file = await ledger.ok('exports.report', { planId, fromMonth: 4, format: 'pdf' });
    expect(file.fileName).toBe(`2023年督查通报${file.number}.pdf`);
    const pdf = decode(file);
    const info = pdfInfo(pdf);
    expect(info.width).toBeCloseTo(595, 0);
    expect(info.height).toBeCloseTo(842, 0);
    expect(info.pages).toBeGreaterThanOrEqual(3);
    const text = pdfText(pdf).replace(/\s+/g, '');
    for (const expected of ['督查通报', file.number, '关于2023年4月工作推进情况的通报', '附件1', '滞后/逾期事项清单']) expect(text).toContain(expected);
  });
});
