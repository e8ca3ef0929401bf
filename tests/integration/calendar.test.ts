import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLedger, type TestLedger } from '../helpers/temp-ledger';

let ledger: TestLedger;
let planId: number;

beforeEach(async () => {
  ledger = openTestLedger();
  planId = (await ledger.ok('plans.create', { year: 2024, title: '2024年度工作纲要', organization: '校团委' })).id;
});
afterEach(() => ledger.close());

async function person(name: string) {
  return (await ledger.ok('persons.create', { name })).id;
}

async function item(content: string, span: { startMonth?: number; endMonth?: number; yearRound?: boolean }, extra: object = {}) {
  return ledger.ok('items.create', { planId, content, startMonth: span.startMonth ?? null, endMonth: span.endMonth ?? null, yearRound: span.yearRound ?? false, ...extra });
}

function setStatus(id: number, status: string) {
  ledger.app.store.sqlite.prepare('UPDATE item SET status = ? WHERE id = ?').run(status, id);
}

describe('month listing', () => {
  it('shows items whose span contains the month, year-round items, and open earlier items as 结转', async () => {
    const feb = await item('二月工作', { startMonth: 2, endMonth: 2 });
    const febDone = await item('二月已办结', { startMonth: 2 });
    const summer = await item('暑期社会实践', { startMonth: 7, endMonth: 8 });
    const yearRound = await item('青年大学习', { yearRound: true });
    const key = await item('主要任务', { yearRound: true }, { isKey: true });
    setStatus(febDone.id, 'done');

    const july = await ledger.ok('items.month', { planId, month: 7 });
    expect(july.items.map((i) => i.id)).toEqual([summer.id, yearRound.id]);
    expect(july.items[0].period).toBe('7-8月');
    expect(july.carried.map((i) => i.id)).toEqual([feb.id]);
    expect(july.carried[0].carried).toBe(true);

    const august = await ledger.ok('items.month', { planId, month: 8 });
    expect(august.items.map((i) => i.id)).toContain(summer.id);
    expect(august.carried.map((i) => i.id)).toEqual([feb.id]);

    const september = await ledger.ok('items.month', { planId, month: 9 });
    expect(september.carried.map((i) => i.id)).toEqual([feb.id, summer.id]);
    expect(september.items.map((i) => i.id)).not.toContain(key.id);

    const february = await ledger.ok('items.month', { planId, month: 2 });
    expect(february.items.map((i) => i.id)).toEqual([feb.id, febDone.id, yearRound.id]);
    expect(february.carried).toEqual([]);
  });

  it('derives the due date from the span unless one is given', async () => {
    const a = await item('a', { startMonth: 2, endMonth: 2 });
    const b = await item('b', { startMonth: 11, endMonth: 12 });
    const c = await item('c', { startMonth: 6 }, { dueDate: '2024-06-20' });
    const d = await item('d', { yearRound: true });
    expect([a.dueDate, b.dueDate, c.dueDate, d.dueDate]).toEqual(['2024-02-29', '2024-12-31', '2024-06-20', '2024-12-31']);
    expect(a.endMonth).toBe(2);
  });

  it('lays the board out as periods in calendar order, then 贯穿全年, with key tasks by section', async () => {
    const section = await ledger.ok('sections.create', { planId, title: '强党建' });
    await item('十一二月', { startMonth: 11, endMonth: 12 });
    await item('二月', { startMonth: 2 });
    await item('七八月', { startMonth: 7, endMonth: 8 });
    await item('全年', { yearRound: true });
    await item('任务', { yearRound: true }, { isKey: true, sectionId: section.id });
    const board = await ledger.ok('items.board', { planId });
    expect(board.columns.map((c) => c.label)).toEqual(['2月', '7-8月', '11-12月', '贯穿全年']);
    expect(board.columns[3].items.map((i) => i.content)).toEqual(['全年']);
    expect(board.keyTasks).toEqual([expect.objectContaining({ title: '强党建', items: [expect.objectContaining({ content: '任务' })] })]);
  });
});

describe('owners', () => {
  it('keeps owners in order with their roles and lists a person’s items by period', async () => {
    const lu = await person('鲁若曦');
    const chen = await person('陈雯');
    const created = await item('主题教育', { startMonth: 3 }, { owners: [{ personId: chen, role: 'lead' }, { personId: lu, role: 'assist' }] });
    expect(created.owners).toEqual([
      { personId: chen, name: '陈雯', role: 'lead' },
      { personId: lu, name: '鲁若曦', role: 'assist' },
    ]);
    await item('暑期', { startMonth: 7, endMonth: 8 }, { owners: [{ personId: lu, role: 'lead' }] });
    await item('无人', { startMonth: 3 });

    const mine = await ledger.ok('persons.items', { personId: lu, planId });
    expect(mine.groups.map((g) => [g.period, g.items.map((i) => i.content)])).toEqual([['3月', ['主题教育']], ['7-8月', ['暑期']]]);
    expect(mine.person.itemCount).toBe(2);

    const updated = await ledger.ok('items.update', { ...created, id: created.id, owners: [{ personId: lu, role: 'lead' }], targets: [] });
    expect(updated.owners).toEqual([{ personId: lu, name: '鲁若曦', role: 'lead' }]);
  });

  it('deactivates rather than deletes a person, and hides them from the default list', async () => {
    const id = await person('宁曦');
    await ledger.ok('persons.update', { id, name: '宁曦', active: false });
    expect((await ledger.ok('persons.list', {})).map((p) => p.name)).not.toContain('宁曦');
    expect((await ledger.ok('persons.list', { includeInactive: true })).find((p) => p.id === id)?.active).toBe(false);
  });
});

describe('targets', () => {
  it('stores targets and keeps a recorded actual when the target survives an edit', async () => {
    const created = await item('应急救护培训', { startMonth: 2 }, { targets: [{ label: '培训人数', comparator: '>=', value: 2500, unit: '人次' }] });
    ledger.app.store.sqlite.prepare('UPDATE target SET actual = 2600 WHERE item_id = ?').run(created.id);
    const updated = await ledger.ok('items.update', {
      ...created,
      targets: [{ label: '培训人数', comparator: '>=', value: 3000, unit: '人次' }, { label: '场次', comparator: '>=', value: 5, unit: '场' }],
    });
    expect(updated.targets.map((t) => [t.label, t.value, t.actual])).toEqual([['培训人数', 3000, 2600], ['场次', 5, null]]);
  });
});

describe('search', () => {
  it('filters by text, owner, month, section and status, with paging', async () => {
    const lu = await person('鲁若曦');
    const section = await ledger.ok('sections.create', { planId, title: '强思政' });
    for (let m = 2; m <= 12; m++) await item(`第${m}月 团课 100%`, { startMonth: m }, m % 2 ? { owners: [{ personId: lu, role: 'lead' }] } : {});
    await item('青年大学习', { yearRound: true }, { sectionId: section.id });

    expect((await ledger.ok('items.search', { planId, text: '团课' })).total).toBe(11);
    expect((await ledger.ok('items.search', { planId, text: '%' })).total).toBe(11);
    expect((await ledger.ok('items.search', { planId, text: '_' })).total).toBe(0);
    expect((await ledger.ok('items.search', { planId, personId: lu })).total).toBe(5);
    const march = await ledger.ok('items.search', { planId, month: 3 });
    expect(march.rows.map((r) => r.content)).toEqual(['第3月 团课 100%', '青年大学习']);
    expect((await ledger.ok('items.search', { planId, sectionId: section.id })).rows.map((r) => r.content)).toEqual(['青年大学习']);
    expect((await ledger.ok('items.search', { planId, status: 'done' })).total).toBe(0);
    const page = await ledger.ok('items.search', { planId, offset: 10, limit: 5 });
    expect(page.total).toBe(12);
    expect(page.rows.map((r) => r.content)).toEqual(['第12月 团课 100%', '青年大学习']);
  });
});
