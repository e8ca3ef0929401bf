import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestLedger } from '../../helpers/temp-ledger';
import {
  addFinding, addOwner, addPostponement, addProgress, addVerification, decode, itemBySeq, openDemoLedger, personId, setStatus,
} from '../../fixtures/export/ledger-rows';
import { readWorkbook } from '../../fixtures/export/readers';

// The 督查台账 of the demo plan, read back with exceljs: sheets, cells, merges, print setup, fills.

let ledger: TestLedger;
let planId: number;
let workbook: ExcelJS.Workbook;
let fileName: string;

const HEADERS = ['序号', '月份', '工作内容', '主办', '协办', '完成时限', '进展情况', '完成情况', '预警', '佐证材料(件)', '督查意见', '备注'];

function rowOf(sheet: ExcelJS.Worksheet, content: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && row.getCell(3).value === content) found = row;
  });
  if (!found) throw new Error(`no row for ${content} in ${sheet.name}`);
  return found;
}

function columnTexts(sheet: ExcelJS.Worksheet, col: number): string[] {
  const out: string[] = [];
  sheet.eachRow((row) => out.push(String(row.getCell(col).value ?? '')));
  return out;
}

beforeAll(async () => {
  ({ ledger, planId } = await openDemoLedger());
  const feb1 = itemBySeq(ledger, 'monthly', 1);
  const feb2 = itemBySeq(ledger, 'monthly', 2);
  const feb3 = itemBySeq(ledger, 'monthly', 3);
  const mar6 = itemBySeq(ledger, 'monthly', 6);
  const key1 = itemBySeq(ledger, 'key', 1);
  const yearRound1 = itemBySeq(ledger, 'yearRound', 1);
  setStatus(ledger, feb1.id, 'done');
  setStatus(ledger, feb2.id, 'cancelled');
  setStatus(ledger, key1.id, 'in_progress');
  addProgress(ledger, key1.id, '2023-06-01', '已召开专题会议部署主题教育。', 60);
  addVerification(ledger, feb1.id, 'pass', '材料齐全，同意销号', '2023-03-02T03:00:00Z');
  addFinding(ledger, planId, feb3.id, { date: '2023-03-10', problem: '尚未召开会议', requirement: '本月内召开', rectifyBy: '2023-03-31' });
  addPostponement(ledger, mar6.id, '2023-03-31', '2023-06-30');
  addProgress(ledger, yearRound1.id, '2023-03-12', '组织青年大学习两期。');
  addOwner(ledger, feb3.id, personId(ledger, '鲁若曦'), 'lead');
  const file = await ledger.ok('exports.ledger', { planId });
  fileName = file.fileName;
  workbook = await readWorkbook(decode(file));
});
afterAll(() => ledger.close());

describe('督查台账 xlsx', () => {
  it('is named for the year and has 全年, one sheet per month and 汇总', () => {
    expect(fileName).toBe('2023年度督查台账.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['全年', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '汇总']);
  });

  it('has the title, 制表单位/填报日期 and the column headers, merged across the table', () => {
    const sheet = workbook.getWorksheet('全年')!;
    expect(sheet.getCell('A1').value).toBe('校团委2023年度工作督查台账');
    expect(sheet.getCell('A2').value).toBe('制表单位：校团委');
    expect(sheet.getCell('G2').value).toBe('填报日期：2023年6月15日');
    expect(HEADERS.map((_, k) => sheet.getCell(3, k + 1).value)).toEqual(HEADERS);
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:L1', 'A2:F2', 'G2:L2', 'A4:L4']));
    expect(sheet.getCell('A4').value).toBe('一、主要任务（15项）');
    expect(sheet.getCell('A1').font.name).toBe('宋体');
    expect(sheet.getCell('A3').font.name).toBe('黑体');
    expect(sheet.getCell('C5').font.name).toBe('仿宋_GB2312');
  });

  it('is set up to print on A4 landscape, one page wide, with the header row repeated, frozen and page numbers', () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
      expect(sheet.headerFooter.oddFooter).toContain('第 &P 页 共 &N 页');
    }
  });

  it('writes progress, completion, 督查意见 and a postponed deadline', () => {
    const sheet = workbook.getWorksheet('全年')!;
    const key1 = rowOf(sheet, itemBySeq(ledger, 'key', 1).content);
    expect(key1.getCell(4).value).toBe('鲁若曦');
    expect(key1.getCell(7).value).toBe('已召开专题会议部署主题教育。');
    expect(key1.getCell(8).value).toBe('进行中（60%）');
    expect(rowOf(sheet, itemBySeq(ledger, 'monthly', 1).content).getCell(11).value).toBe('3月2日核验通过：材料齐全，同意销号');
    expect(rowOf(sheet, itemBySeq(ledger, 'monthly', 3).content).getCell(11).value).toBe('3月10日督查：进度滞后；问题：尚未召开会议；整改要求：本月内召开（3月31日前）');
    expect(rowOf(sheet, itemBySeq(ledger, 'monthly', 6).content).getCell(6).value).toBe('6月30日（原定3月31日）');
  });

  it('fills the 预警 cell with the warning color and leaves closed items plain', () => {
    const sheet = workbook.getWorksheet('全年')!;
    const overdue = rowOf(sheet, itemBySeq(ledger, 'monthly', 3).content).getCell(9);
    expect(overdue.value).toBe('逾期');
    expect(overdue.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFCF1322' } });
    const lagging = rowOf(sheet, itemBySeq(ledger, 'key', 2).content).getCell(9);
    expect(lagging.value).toBe('滞后');
    expect(lagging.fill).toMatchObject({ fgColor: { argb: 'FFD4B106' } });
    const done = rowOf(sheet, itemBySeq(ledger, 'monthly', 1).content).getCell(9);
    expect(done.value).toBe('—');
    expect((done.fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').toBe('none');
  });

  it('gives every row an explicit height that grows with the text, and borders every cell', () => {
    const sheet = workbook.getWorksheet('全年')!;
    const short = rowOf(sheet, itemBySeq(ledger, 'monthly', 8).content);
    const long = rowOf(sheet, itemBySeq(ledger, 'key', 2).content);
    expect(short.height).toBeGreaterThanOrEqual(20);
    expect(long.height).toBeGreaterThan(short.height * 2);
    expect(long.getCell(3).alignment).toMatchObject({ wrapText: true });
    expect(long.getCell(12).border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } });
  });

  it('ends each sheet with the 填表人 / 审核人 / 日期 block', () => {
    const sheet = workbook.getWorksheet('全年')!;
    const last = String(sheet.getRow(sheet.rowCount).getCell(1).value);
    expect(last).toMatch(/^填表人：.*审核人：.*日期：/);
  });

  it('lists a month as its items, 结转 and year-round work with the check-in', () => {
    const march = workbook.getWorksheet('3月')!;
    const groups = columnTexts(march, 1).filter((t) => /^[一二三四五]、/.test(t));
    expect(groups).toEqual(['一、本月工作事项（5项）', '二、结转事项（3项）', '三、主要任务（15项）', '四、贯穿全年工作（9项，本月已打卡1项）']);
    expect(march.getCell('A1').value).toBe('校团委2023年度工作督查台账（3月）');
    expect(rowOf(march, itemBySeq(ledger, 'yearRound', 1).content).getCell(12).value).toBe('本月已打卡（3月12日）');
    expect(rowOf(march, itemBySeq(ledger, 'yearRound', 2).content).getCell(12).value).toBe('本月未打卡');
    // 结转: February's open items; the done and the cancelled ones stay in February.
    expect(columnTexts(march, 3)).toContain(itemBySeq(ledger, 'monthly', 3).content);
    expect(columnTexts(march, 3)).not.toContain(itemBySeq(ledger, 'monthly', 1).content);
  });

  it('summarizes completion by month, owner and section; each breakdown adds up, cancelled items out of the denominator', () => {
    const summary = workbook.getWorksheet('汇总')!;
    const byLabel = new Map<string, ExcelJS.Row>();
    summary.eachRow((row) => byLabel.set(String(row.getCell(1).value), row));
    const counts = (row: ExcelJS.Row) => [2, 3, 4, 5, 6, 7, 8].map((k) => row.getCell(k).value as number);
    // As of 15 June, by hand from the sample: 1 done (Feb 1), 1 on schedule (key task 1 at 60% of a
    // year-round span 45% gone), 29 lagging (14 key tasks, 9 year-round, 5 June items and the March item
    // postponed to 30 June, none started), 17 overdue (February–May less the done, the cancelled and the
    // postponed), 17 not yet begun (7-8月 2, 9月 5, 10月 5, 11-12月 5), 1 cancelled.
    const all = byLabel.get('全部事项')!;
    expect(counts(all)).toEqual([66, 1, 1, 29, 17, 17, 1]);
    expect(all.getCell(9).value).toBeCloseTo(0.015, 5); // 1 of 65, as 1.5 %
    expect(all.getCell(9).numFmt).toBe('0.0%');
    const february = byLabel.get('2月')!;
    expect(counts(february)).toEqual([5, 1, 0, 0, 3, 0, 1]);
    expect(february.getCell(9).value).toBeCloseTo(0.25, 5);
    expect(counts(byLabel.get('主要任务')!)).toEqual([15, 0, 1, 14, 0, 0, 0]);
    expect(byLabel.has('鲁若曦')).toBe(true);
    expect(byLabel.has('强党建,永葆对党忠诚的政治底色')).toBe(true);
    const texts = columnTexts(summary, 1);
    const section = (prefix: string) => texts.findIndex((t) => t.startsWith(prefix));
    const rowsOf = (from: string, to: string) => texts.slice(section(from) + 1, section(to)).map((t) => byLabel.get(t)!.getCell(2).value as number);
    // 按月份 and 按工作板块 put each item in one row: their rows add up to the total.
    expect(rowsOf('二、按月份', '三、按责任人').reduce((a, b) => a + b, 0)).toBe(66);
    expect(rowsOf('四、按工作板块', '五、各月督查情况').reduce((a, b) => a + b, 0)).toBe(66);
  });

  it('counts each month sheet in the 汇总 as that sheet lists it', () => {
    const summary = workbook.getWorksheet('汇总')!;
    const texts = columnTexts(summary, 1);
    const from = texts.findIndex((t) => t.startsWith('五、各月督查情况'));
    for (const sheet of workbook.worksheets.filter((s) => /^\d+月$/.test(s.name))) {
      let items = 0;
      sheet.eachRow((row) => {
        if (row.number > 3 && !/^[一二三四五]、|^填表人/.test(String(row.getCell(1).value ?? ''))) items++;
      });
      const row = texts.findIndex((t, k) => k > from && t.startsWith(`${sheet.name}（截至`));
      expect(summary.getRow(row + 1).getCell(2).value, sheet.name).toBe(items);
    }
  });

  it('exports the current filter only', async () => {
    const lu = personId(ledger, '鲁若曦');
    const filtered = await readWorkbook(decode(await ledger.ok('exports.ledger', { planId, filter: { personId: lu } })));
    const owned = ledger.app.store.sqlite.prepare('SELECT count(*) AS n FROM item_owner WHERE person_id = ?').get(lu) as { n: number };
    // Item rows are those with a 序号; group headings and the signature block are merged text rows.
    let items = 0;
    filtered.getWorksheet('全年')!.eachRow((row) => {
      if (typeof row.getCell(1).value === 'number') items++;
    });
    expect(items).toBe(owned.n);
  });
});
