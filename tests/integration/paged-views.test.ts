import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLedger, type TestLedger } from '../helpers/temp-ledger';

// 月度, 年度总览 and the column look-up behind “查看全部”: pages and caps return the same items, in the
// same order, as the whole lists.
let ledger: TestLedger;
let planId: number;

beforeEach(async () => {
  ledger = openTestLedger();
  planId = (await ledger.ok('plans.create', { year: 2024, title: '2024年度工作纲要', organization: '校团委' })).id;
});
afterEach(() => ledger.close());

async function item(content: string, span: { startMonth?: number; endMonth?: number; yearRound?: boolean }, extra: object = {}) {
  return ledger.ok('items.create', { planId, content, startMonth: span.startMonth ?? null, endMonth: span.endMonth ?? null, yearRound: span.yearRound ?? false, ...extra });
}

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

describe('paged month', () => {
  it('pages each list on its own and reports the whole sizes', async () => {
    for (let k = 1; k <= 7; k++) await item(`三月工作${k}`, { startMonth: 3 }, { seq: k });
    for (let k = 1; k <= 3; k++) await item(`二月工作${k}`, { startMonth: 2 }, { seq: k });
    await item('主要任务', { yearRound: true }, { isKey: true });

    const whole = await ledger.ok('items.month', { planId, month: 3 });
    expect(whole.totals).toEqual({ items: 7, carried: 3, keyTasks: 1 });
    expect(whole.items).toHaveLength(7);

    const first = await ledger.ok('items.month', { planId, month: 3, pageSize: 3 });
    expect(ids(first.items)).toEqual(ids(whole.items).slice(0, 3));
    expect(ids(first.carried)).toEqual(ids(whole.carried));
    expect(first.carried.every((i) => i.carried)).toBe(true);
    expect(first.totals).toEqual(whole.totals);

    const third = await ledger.ok('items.month', { planId, month: 3, pageSize: 3, pages: { items: 3, carried: 2 } });
    expect(ids(third.items)).toEqual(ids(whole.items).slice(6));
    expect(third.carried).toEqual([]);
    expect(ids(third.keyTasks)).toEqual(ids(whole.keyTasks));
  });
});

describe('capped board', () => {
  it('shows the first cards of each column with its size, and the rest through the column’s search', async () => {
    const section = await ledger.ok('sections.create', { planId, title: '强党建' });
    for (let k = 1; k <= 5; k++) await item(`七八月工作${k}`, { startMonth: 7, endMonth: 8 }, { seq: k });
    await item('七月工作', { startMonth: 7 });
    for (let k = 1; k <= 3; k++) await item(`全年工作${k}`, { yearRound: true }, { seq: k });
    for (let k = 1; k <= 4; k++) await item(`主要任务${k}`, { yearRound: true }, { isKey: true, sectionId: section.id, seq: k });

    const whole = await ledger.ok('items.board', { planId });
    const capped = await ledger.ok('items.board', { planId, perColumn: 2 });
    expect(capped.columns.map((c) => [c.label, c.total, c.items.length])).toEqual([['7月', 1, 1], ['7-8月', 5, 2], ['贯穿全年', 3, 2]]);
    capped.columns.forEach((c, k) => expect(ids(c.items)).toEqual(ids(whole.columns[k].items).slice(0, 2)));
    expect(capped.keyTasks.map((g) => [g.title, g.total, g.items.length])).toEqual([['强党建', 4, 2]]);

    for (const column of whole.columns) {
      const { startMonth, endMonth, yearRound } = column;
      const found = await ledger.ok('items.search', { planId, isKey: false, span: { startMonth, endMonth, yearRound }, limit: 500 });
      expect(found.total).toBe(column.items.length);
      expect(ids(found.rows)).toEqual(ids(column.items));
    }
    const keyFound = await ledger.ok('items.search', { planId, isKey: true, sectionId: section.id, limit: 500 });
    expect(ids(keyFound.rows)).toEqual(ids(whole.keyTasks[0].items));
    expect((await ledger.ok('items.search', { planId, sectionId: null })).total).toBe(9);
  });
});

describe("a person's capped groups", () => {
  it('shows the first items of each period with its size, and the rest through the group’s search', async () => {
    const lu = (await ledger.ok('persons.create', { name: '鲁若曦' })).id;
    const owners = [{ personId: lu, role: 'lead' }];
    for (let k = 1; k <= 4; k++) await item(`三月工作${k}`, { startMonth: 3 }, { seq: k, owners });
    await item('七八月工作', { startMonth: 7, endMonth: 8 }, { owners });
    for (let k = 1; k <= 3; k++) await item(`主要任务${k}`, { yearRound: true }, { isKey: true, seq: k, owners });
    await item('别人的三月工作', { startMonth: 3 });

    const whole = await ledger.ok('persons.items', { personId: lu, planId });
    const capped = await ledger.ok('persons.items', { personId: lu, planId, perGroup: 2 });
    expect(capped.groups.map((g) => [g.period, g.total, g.items.length])).toEqual([['3月', 4, 2], ['7-8月', 1, 1], ['主要任务', 3, 2]]);
    capped.groups.forEach((g, k) => expect(ids(g.items)).toEqual(ids(whole.groups[k].items).slice(0, 2)));
    for (const g of whole.groups) {
      const found = await ledger.ok('items.search', { planId, personId: lu, isKey: g.isKey, span: g.isKey ? undefined : g.span, limit: 500 });
      expect(ids(found.rows)).toEqual(ids(g.items));
    }
  });
});

describe('the 首页 list', () => {
  it('is read a page at a time, and opens on 待核验 for one who verifies when it has items', async () => {
    for (let k = 1; k <= 13; k++) await item(`三月工作${k}`, { startMonth: 3 }, { seq: k });
    const whole = await ledger.ok('dashboard.get', { planId, month: 3, list: 'thisMonth', pageSize: 500 });
    expect(whole.counts.thisMonth).toBe(13);
    const first = await ledger.ok('dashboard.get', { planId, month: 3, list: 'thisMonth' });
    const second = await ledger.ok('dashboard.get', { planId, month: 3, list: 'thisMonth', page: 2 });
    expect([...ids(first.rows), ...ids(second.rows)]).toEqual(ids(whole.rows));
    expect(second.rows).toHaveLength(3);

    expect((await ledger.ok('dashboard.get', { planId, month: 3 })).list).toBe('thisMonth');
    ledger.app.store.sqlite.prepare("UPDATE item SET status = 'pending_review' WHERE id = ?").run(whole.rows[4].id);
    const adviserView = await ledger.ok('dashboard.get', { planId, month: 3 });
    expect(adviserView.list).toBe('pendingReview');
    expect(ids(adviserView.rows)).toEqual([whole.rows[4].id]);
  });
});
