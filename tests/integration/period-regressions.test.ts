import { describe, expect, it } from 'vitest';
import type { ItemSummary } from '../../core/contract/item';
import { docxText, readWorkbook } from '../fixtures/export/readers';
import { openTestLedger, type TestLedger } from '../helpers/temp-ledger';
import { mutableClock, type MutableClock } from '../oracle/apply';

// Issue 8's cases, each on the 2023 sample plan (demo.load: 66 items — 15 主要任务 (year-round, in four
// 板块), 42 monthly items (2–6月 five each, 7-8月 two, 9月 five, 10月 five, 11-12月 five) and 9 贯穿全年
// items; all 未开始, no progress, the monthly and year-round items without 责任人). The expected numbers
// are worked out by hand in the comments, from the rules of the period model.

const at = (local: string) => new Date(`${local}+08:00`);
const decode = (file: { base64: string }) => Buffer.from(file.base64, 'base64');
const htmlText = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ');

async function demo(clock: MutableClock): Promise<{ ledger: TestLedger; planId: number; items: ItemSummary[] }> {
  const ledger = openTestLedger({ clock: clock.read });
  const { planId } = await ledger.ok('demo.load', {});
  await ledger.ok('settings.update', { requireEvidenceToClose: false });
  const items = (await ledger.ok('items.search', { planId, limit: 500 })).rows;
  expect(items).toHaveLength(66);
  return { ledger, planId, items };
}

/** The first March-only item of the sample (a monthly item, not a key task). */
const marchItem = (items: ItemSummary[]) => items.find((i) => !i.isKey && !i.yearRound && i.startMonth === 3 && i.endMonth === 3)!;

async function step(ledger: TestLedger, clock: MutableClock, when: string, id: number, action: 'start' | 'submit' | 'verify') {
  clock.now = at(when);
  await ledger.ok('items.transition', { id, action, reason: '' });
}

describe('period model regressions (issue 8)', () => {
  it('(a) a 3月 item verified on 21 July counts as 本期办结 in the 7月 通报 of 28 July and stays in the total', async () => {
    const clock = mutableClock(at('2023-03-06T09:00:00'));
    const { ledger, planId, items } = await demo(clock);
    try {
      const item = marchItem(items);
      await step(ledger, clock, '2023-03-06T09:00:00', item.id, 'start');
      await step(ledger, clock, '2023-07-20T15:00:00', item.id, 'submit');

      // Before the verification, on 21 July: July's scope is its own 2 items (7-8月), the 25 items of
      // 2–6月 still open on 30 June (结转, the March item among them), 15 主要任务 and 9 贯穿全年 = 51.
      // Overdue: the 25 carried items (due by 30 June). 滞后: 2 + 15 + 9 = 26 (begun, not started).
      clock.now = at('2023-07-21T09:00:00');
      const before = htmlText((await ledger.ok('exports.preview', { form: 'report', planId, fromMonth: 7 })).html);
      expect(before).toContain(
        '本期纳入督查的工作事项共51项（本月工作2项、以前月份结转25项、主要任务15项、贯穿全年工作9项）。截至2023年7月21日，已办结0项，滞后26项，逾期25项；完成率为0.0%',
      );

      await step(ledger, clock, '2023-07-21T10:00:00', item.id, 'verify');

      // After it, read on 28 July: the same 51 items (the March item is still 结转: open on 30 June);
      // it was closed on 21 July, inside July: 本期办结 1. 逾期 25 − 1 = 24, 滞后 26.
      // 完成率 = 1 ÷ (51 − 0) = 1.96% → 2.0%.
      clock.now = at('2023-07-28T16:00:00');
      const report = await ledger.ok('exports.report', { planId, fromMonth: 7 });
      const text = await docxText(decode(report));
      expect(text).toContain(
        '本期纳入督查的工作事项共51项（本月工作2项、以前月份结转25项、主要任务15项、贯穿全年工作9项）。截至2023年7月28日，已办结1项（本期办结1项、此前办结0项），滞后26项，逾期24项；完成率为2.0%（已中止事项不计入）。',
      );
      // 附件3 本期办结事项清单 names it
      expect(text.slice(text.indexOf('本期办结事项清单'))).toContain(item.content);
    } finally {
      ledger.close();
    }
  });

  it('(b) the 15 主要任务 are in the 通报 with their 责任人, in the month form and on the dashboard', async () => {
    const clock = mutableClock(at('2023-06-20T10:00:00'));
    const { ledger, planId, items } = await demo(clock);
    try {
      const keys = items.filter((i) => i.isKey);
      expect(keys).toHaveLength(15);
      expect(keys.every((k) => k.owners.length > 0)).toBe(true);

      // 通报 for June, read on 20 June: 年度主要任务共15项, none started → all 15 滞后 (year-round, begun).
      const text = await docxText(decode(await ledger.ok('exports.report', { planId, fromMonth: 6 })));
      expect(text).toContain('二、主要任务推进情况');
      expect(text).toContain('年度主要任务共15项，已办结0项，滞后15项。');
      const keySection = text.slice(text.indexOf('二、主要任务推进情况'), text.indexOf('三、各责任人推进情况'));
      for (const key of keys) {
        // Each key task by its first sentence (坚定理想信念,深入开展主题教育), with its 主办 and 协办.
        const heading = key.content.split('。')[0];
        expect(keySection).toContain(heading);
        const row = keySection.slice(keySection.indexOf(heading));
        for (const owner of key.owners) expect(row.slice(0, heading.length + 40)).toContain(owner.name);
      }

      // 月度工作推进表 for June: a 主要任务 group with the 15 key tasks.
      const book = await readWorkbook(decode(await ledger.ok('exports.month', { planId, month: 6, format: 'xlsx' })));
      const rows: string[][] = [];
      book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
      const start = rows.findIndex((r) => /^[一二三四五]、主要任务（15项）$/.test(r[0]));
      expect(start).toBeGreaterThan(0);
      const keyRows = rows.slice(start + 1, start + 16);
      expect(keyRows.map((r) => r[2]).sort()).toEqual(keys.map((k) => k.content).sort());

      // Dashboard: 主要任务 row of 按月份 with 15, all 15 in this month's list, 板块 rows of key tasks add up to 15.
      const dashboard = await ledger.ok('dashboard.get', { planId, month: 6 });
      expect(dashboard.byMonth[0]).toMatchObject({ label: '主要任务', tally: { total: 15, byState: { lagging: 15 } } });
      const thisMonth = (await ledger.ok('dashboard.get', { planId, month: 6, list: 'thisMonth', pageSize: 500 })).rows;
      expect(keys.every((k) => thisMonth.some((i) => i.id === k.id))).toBe(true);
      const sections = new Set(keys.map((k) => k.sectionTitle));
      expect(dashboard.bySection.filter((g) => sections.has(g.label)).reduce((n, g) => n + g.tally.total, 0)).toBe(15);
    } finally {
      ledger.close();
    }
  });

  it('(c) a 7月 通报 made in November says what was true on 31 July: a verification in August does not count', async () => {
    const clock = mutableClock(at('2023-03-06T09:00:00'));
    const { ledger, planId, items } = await demo(clock);
    try {
      const item = marchItem(items);
      await step(ledger, clock, '2023-03-06T09:00:00', item.id, 'start');
      await step(ledger, clock, '2023-07-25T15:00:00', item.id, 'submit');
      await step(ledger, clock, '2023-08-10T10:00:00', item.id, 'verify');
      // a progress entry of October does not count for July either
      clock.now = at('2023-10-09T10:00:00');
      await ledger.ok('progress.add', { itemId: items.find((i) => i.isKey)!.id, date: '2023-10-09', text: '十月推进', percent: 100 });

      clock.now = at('2023-11-15T10:00:00');
      // July, read on 31 July: the March item was 待核验, due 31 March → 逾期 (not 办结). Scope as in (a):
      // 51 items; 逾期 25 (all carried items), 滞后 2 + 15 + 9 = 26; nothing done: 完成率 0.0%.
      const july = await docxText(decode(await ledger.ok('exports.report', { planId, fromMonth: 7 })));
      expect(july).toContain('截至2023年7月31日，已办结0项，滞后26项，逾期25项；完成率为0.0%（已中止事项不计入）。');
      expect(july).toContain('年度主要任务共15项，已办结0项，滞后15项。');

      // August, read on 31 August: 7-8月 (2, due 31 Aug: not yet overdue on that day → 滞后), 结转 25 (the
      // March item was open on 31 July), 15 + 9 → 51. The March item closed on 10 August: 本期办结 1;
      // the other 24 carried items 逾期; 滞后 2 + 15 + 9 = 26. 完成率 1 ÷ 51 → 2.0%.
      const august = await docxText(decode(await ledger.ok('exports.report', { planId, fromMonth: 8 })));
      expect(august).toContain(
        '本期纳入督查的工作事项共51项（本月工作2项、以前月份结转25项、主要任务15项、贯穿全年工作9项）。截至2023年8月31日，已办结1项（本期办结1项、此前办结0项），滞后26项，逾期24项；完成率为2.0%（已中止事项不计入）。',
      );
    } finally {
      ledger.close();
    }
  });

  it('(d) the 汇总 reconciles: 按月份 and 按板块 rows add up to the total, 主要任务 has its row, 未到开始时间 and 滞后 are separate', async () => {
    const clock = mutableClock(at('2023-09-15T10:00:00'));
    const { ledger, planId } = await demo(clock);
    try {
      const book = await readWorkbook(decode(await ledger.ok('exports.ledger', { planId, filter: {} })));
      const sheet = book.getWorksheet('汇总')!;
      const rows: unknown[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      const header = rows.find((r) => r[0] === '项目')!;
      // no 推进中 column that mixes items not yet due to start with 滞后 ones
      expect(header).toEqual(['项目', '事项数', '已办结', '按序推进', '滞后', '逾期', '未到开始时间', '已中止', '完成率']);
      const section = (n: string) => {
        const from = rows.findIndex((r) => String(r[0]).startsWith(n));
        const to = rows.findIndex((r, k) => k > from && /^[一二三四五六]、/.test(String(r[0])));
        return rows.slice(from + 1, to < 0 ? undefined : to).filter((r) => typeof r[1] === 'number');
      };
      const numbers = (r: unknown[]) => r.slice(1, 8) as number[];
      const sum = (list: unknown[][]) => list.map(numbers).reduce((a, b) => a.map((x, k) => x + b[k]));

      // Read on 15 September, all 66 items are in the year's scope:
      // 逾期: 2–6月 (25) and 7-8月 (2, due 31 Aug) = 27; 滞后: 9月 (5, begun, not started) + 15 主要任务 + 9 贯穿全年 = 29;
      // 未到开始时间: 10月 (5) + 11-12月 (5) = 10. 27 + 29 + 10 = 66.
      const [total] = section('一、');
      expect(total).toEqual(['全部事项', 66, 0, 0, 29, 27, 10, 0, 0]);

      // 按月份: each item once, 主要任务 first: 15, 2–6月 5 each, 7-8月 2, 9月 5, 10月 5, 11-12月 5, 贯穿全年 9 → 66.
      const byMonth = section('二、');
      expect(byMonth.map((r) => [r[0], r[1]])).toEqual([
        ['主要任务', 15], ['2月', 5], ['3月', 5], ['4月', 5], ['5月', 5], ['6月', 5], ['7-8月', 2], ['9月', 5], ['10月', 5], ['11-12月', 5], ['贯穿全年', 9],
      ]);
      expect(sum(byMonth)).toEqual(numbers(total));
      expect(byMonth.find((r) => r[0] === '9月')).toEqual(['9月', 5, 0, 0, 5, 0, 0, 0, 0]);
      expect(byMonth.find((r) => r[0] === '10月')).toEqual(['10月', 5, 0, 0, 0, 0, 5, 0, 0]);

      // 按板块: 月度工作 42 (the 9 贯穿全年 items are not in it: 27 逾期, 5 滞后, 10 未到开始时间), the four
      // 板块 of the key tasks (15, all 滞后), 贯穿全年工作 9 → 66.
      const bySection = section('四、');
      expect(bySection.find((r) => r[0] === '月度工作')).toEqual(['月度工作', 42, 0, 0, 5, 27, 10, 0, 0]);
      expect(bySection.find((r) => r[0] === '贯穿全年工作')).toEqual(['贯穿全年工作', 9, 0, 0, 9, 0, 0, 0, 0]);
      expect(sum(bySection)).toEqual(numbers(total));

      // 五, the 9月 sheet's row, read on 15 September: 9月 (5) + 结转 (2–8月, open on 31 August: 27) + 15 + 9 = 56;
      // 滞后 5 + 15 + 9 = 29, 逾期 27, nothing counted as started or 按序推进.
      expect(section('五、').find((r) => String(r[0]).startsWith('9月'))).toEqual(['9月（截至9月15日）', 56, 0, 0, 29, 27, 0, 0, 0]);

      // the 全年 sheet says the same split: 月度工作（42项）, 贯穿全年工作（9项）
      const year: string[] = [];
      book.getWorksheet('全年')!.eachRow((row) => year.push(String((row.values as unknown[])[1] ?? '')));
      expect(year).toEqual(expect.arrayContaining(['一、主要任务（15项）', '二、月度工作（42项）', '三、贯穿全年工作（9项）']));
    } finally {
      ledger.close();
    }
  });
});
