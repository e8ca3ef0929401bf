import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLedger, type TestLedger } from '../helpers/temp-ledger';

let ledger: TestLedger;
beforeEach(() => {
  ledger = openTestLedger();
});
afterEach(() => ledger.close());

describe('sample plan', () => {
  it('loads the 2023 plan of seed 003 into an empty ledger', async () => {
    expect((await ledger.ok('app.info', {})).firstRun).toBe(true);
    const { planId, year } = await ledger.ok('demo.load', {});
    expect(year).toBe(2023);
    expect((await ledger.ok('app.info', {})).firstRun).toBe(false);

    const board = await ledger.ok('items.board', { planId });
    expect(board.columns.map((c) => c.label)).toEqual(['2月', '3月', '4月', '5月', '6月', '7-8月', '9月', '10月', '11-12月', '贯穿全年']);
    expect(board.columns.reduce((n, c) => n + (c.yearRound ? 0 : c.items.length), 0)).toBe(42);
    expect(board.columns.at(-1)!.items).toHaveLength(9);
    expect(board.keyTasks).toHaveLength(4);
    expect(board.keyTasks.flatMap((s) => s.items)).toHaveLength(15);
    expect(board.columns.find((c) => c.label === '2月')!.items.some((i) => i.content.includes('挑战杯'))).toBe(true);

    const persons = await ledger.ok('persons.list', {});
    expect(persons.map((p) => p.name).sort()).toEqual(['冷玖玲', '卢雅雪', '宁曦', '常红生', '张星月', '白洁', '陈雯', '鲁若曦'].sort());
    const first = board.keyTasks[0].items[0];
    expect(first.owners.map((o) => [o.name, o.role])).toEqual([['鲁若曦', 'lead'], ['陈雯', 'assist']]);

    const training = board.columns[0].items.find((i) => i.seq === 5)!;
    const detail = await ledger.ok('items.get', { id: training.id });
    expect(detail.targets).toEqual([expect.objectContaining({ label: '培训人数', comparator: '>=', value: 2500, unit: '人次' })]);
  });

  it('refuses to load the sample twice', async () => {
    await ledger.ok('demo.load', {});
    const again = await ledger.raw('demo.load', {});
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('2023年度计划已存在') });
  });
});
