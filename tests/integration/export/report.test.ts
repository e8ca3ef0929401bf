import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestLedger } from '../../helpers/temp-ledger';
import { decode, itemBySeq, openDemoLedger, setStatus } from '../../fixtures/export/ledger-rows';
import { docxText, hasChromium, hasTool, pdfInfo, pdfText } from '../../fixtures/export/readers';

// 督查通报: numbered issues (第N期) with totals, the per-owner table and the two attachment lists.

let ledger: TestLedger;
let planId: number;

beforeAll(async () => {
  ({ ledger, planId } = await openDemoLedger());
  setStatus(ledger, itemBySeq(ledger, 'monthly', 6).id, 'done', '2023-03-20T02:00:00Z');
  setStatus(ledger, itemBySeq(ledger, 'monthly', 7).id, 'cancelled', '2023-03-25T02:00:00Z');
});
afterAll(() => ledger.close());

describe('督查通报', () => {
  it('states the period, what was in scope and the state of each part on the last day of the period', async () => {
    const file = await ledger.ok('exports.report', { planId, fromMonth: 3 });
    expect(file.number).toBe('第1期');
    expect(file.fileName).toBe('2023年3月督查通报（第1期）.docx');
    const text = await docxText(decode(file));
    // March, read on 31 March (by hand from the sample): its 5 items (1 closed on 20 March, 1 stopped, 3
    // not started: lagging), the 5 February items still open on 1 March (overdue), 15 key tasks and 9
    // year-round items, none started (lagging).
    for (const expected of [
      '督查通报', '第1期', '关于2023年3月工作推进情况的通报', '一、总体情况',
      '本期纳入督查的工作事项共34项（本月工作5项、以前月份结转5项、主要任务15项、贯穿全年工作9项）。截至2023年3月31日，已办结1项（本期办结1项、此前办结0项），滞后27项，逾期5项，已中止1项；完成率为3.0%（已中止事项不计入）。',
      '二、主要任务推进情况', '年度主要任务共15项', '鲁若曦', '三、各责任人推进情况', '未明确责任人',
      '附件1', '滞后/逾期事项清单', '附件2', '按序时推进事项清单', '附件3', '本期办结事项清单', itemBySeq(ledger, 'monthly', 6).content, '校团委',
    ])
      expect(text).toContain(expected);
  });

  it('issues a number once per period: the same 通报 again, as .docx or .pdf, keeps its number and content', async () => {
    const preview = await ledger.ok('exports.preview', { form: 'report', planId, fromMonth: 3, toMonth: 5 });
    expect(preview.html).toContain('第＿期（预览·未编号）');
    expect(preview.html).toContain('关于2023年3-5月工作推进情况的通报');
    const next = await ledger.ok('exports.report', { planId, fromMonth: 3, toMonth: 5 });
    expect([next.number, next.reused]).toEqual(['第2期', false]);
    const again = await ledger.ok('exports.report', { planId, fromMonth: 3, toMonth: 5 });
    expect([again.number, again.reused, again.fileName]).toEqual(['第2期', true, '2023年3-5月督查通报（第2期）.docx']);
    expect(await docxText(decode(again))).toBe(await docxText(decode(next)));
    expect((await ledger.ok('exports.preview', { form: 'report', planId, fromMonth: 3, toMonth: 5 })).html).toContain('第2期');
    const register = await ledger.ok('documents.list', {});
    expect(register.map((d) => [d.kindLabel, d.number, d.title, d.format])).toEqual(
      expect.arrayContaining([['督查通报', '第2期', '2023年3-5月督查通报（第2期）', 'docx']]),
    );
    const bad = await ledger.raw('exports.report', { planId, fromMonth: 5, toMonth: 3 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it.skipIf(!hasChromium() || !hasTool('pdftotext'))('renders the same report to an A4 portrait PDF', async () => {
    const file = await ledger.ok('exports.report', { planId, fromMonth: 4, format: 'pdf' });
    expect(file.fileName).toBe(`2023年4月督查通报（${file.number}）.pdf`);
    const pdf = decode(file);
    const info = pdfInfo(pdf);
    expect(info.width).toBeCloseTo(595, 0);
    expect(info.height).toBeCloseTo(842, 0);
    expect(info.pages).toBeGreaterThanOrEqual(3);
    const text = pdfText(pdf).replace(/\s+/g, '');
    for (const expected of ['督查通报', file.number, '关于2023年4月工作推进情况的通报', '附件1', '滞后/逾期事项清单']) expect(text).toContain(expected);
  });
});
