import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditHash, GENESIS_HASH } from '../../core/services/audit';
import { openTestLedger, type TestLedger } from '../helpers/temp-ledger';

let ledger: TestLedger;
beforeEach(() => {
  ledger = openTestLedger({ clock: () => new Date('2024-03-12T02:00:00Z') });
});
afterEach(() => ledger.close());

async function errorOf(method: string, input: unknown, actor?: Parameters<TestLedger['raw']>[2]) {
  const envelope = await ledger.raw(method, input, actor);
  if (envelope.ok) throw new Error(`${method} unexpectedly succeeded`);
  return envelope.error;
}

describe('dispatch errors', () => {
  it('rejects bad input with BAD_INPUT and a Chinese message naming the problem', async () => {
    const { id: planId } = await ledger.ok('plans.create', { year: 2024, title: '计划' });
    const empty = await errorOf('items.create', { planId, content: '   ', startMonth: 3 });
    expect(empty.code).toBe('BAD_INPUT');
    expect(empty.message).toContain('请填写工作内容');

    const backwards = await errorOf('items.create', { planId, content: '倒序', startMonth: 8, endMonth: 7 });
    expect(backwards.message).toContain('结束月份不能早于开始月份');
    expect(await errorOf('items.create', { planId, content: '无月份' })).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('开始月份') });
    expect((await errorOf('items.create', { planId, content: 'x', startMonth: 13 })).message).toContain('月份应在1至12之间');
    expect((await errorOf('plans.create', { year: 'abc', title: 'x' })).code).toBe('BAD_INPUT');
    // Nothing was written by the rejected calls.
    expect((await ledger.ok('items.search', { planId })).total).toBe(0);
  });

  it('distinguishes unknown methods, missing records, conflicts and forbidden writes', async () => {
    expect((await errorOf('items.explode', {})).code).toBe('UNKNOWN_METHOD');
    expect(await errorOf('items.get', { id: 999 })).toMatchObject({ code: 'NOT_FOUND', message: '该事项不存在或已被删除' });
    await ledger.ok('plans.create', { year: 2024, title: '计划' });
    expect(await errorOf('plans.create', { year: 2024, title: '又一个' })).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('2024年度计划已存在') });
    await ledger.ok('persons.create', { name: '陈雯' });
    expect((await errorOf('persons.create', { name: '陈雯' })).code).toBe('CONFLICT');
    const viewer = { userId: 9, name: '访客', role: 'viewer' as const };
    expect(await errorOf('persons.create', { name: '白洁' }, viewer)).toMatchObject({ code: 'FORBIDDEN' });
    expect((await ledger.raw('persons.list', {}, viewer)).ok).toBe(true);
  });

  it('refuses owners that do not exist and sections of another plan', async () => {
    const a = await ledger.ok('plans.create', { year: 2024, title: 'A' });
    const b = await ledger.ok('plans.create', { year: 2025, title: 'B' });
    const sectionOfB = await ledger.ok('sections.create', { planId: b.id, title: '强师资' });
    expect((await errorOf('items.create', { planId: a.id, content: 'x', startMonth: 2, owners: [{ personId: 77, role: 'lead' }] })).code).toBe('NOT_FOUND');
    expect((await errorOf('items.create', { planId: a.id, content: 'x', startMonth: 2, sectionId: sectionOfB.id })).message).toContain('不属于');
    const lu = await ledger.ok('persons.create', { name: '鲁若曦' });
    const dup = await errorOf('items.create', { planId: a.id, content: 'x', startMonth: 2, owners: [{ personId: lu.id, role: 'lead' }, { personId: lu.id, role: 'assist' }] });
    expect(dup.message).toContain('同一责任人不能重复添加');
  });
});

describe('audit', () => {
  it('records every write with actor, time, before/after, in one verifiable hash chain', async () => {
    const plan = await ledger.ok('plans.create', { year: 2024, title: '计划' });
    const created = await ledger.ok('items.create', { planId: plan.id, content: '原内容', startMonth: 3 });
    await ledger.ok('items.update', { ...created, content: '新内容' });
    const failed = await ledger.raw('items.update', { ...created, content: '' });
    expect(failed.ok).toBe(false);

    const history = await ledger.ok('audit.list', { entity: 'item', entityId: created.id });
    expect(history.map((e) => e.action)).toEqual(['item.create', 'item.update']);
    expect(history[1]).toMatchObject({ actor: '命令行', at: '2024-03-12T02:00:00.000Z' });
    expect((history[1].before as { content: string }).content).toBe('原内容');
    expect((history[1].after as { content: string }).content).toBe('新内容');

    const rows = ledger.app.store.sqlite.prepare('SELECT * FROM audit_event ORDER BY id').all() as Record<string, never>[];
    expect(rows).toHaveLength(3);
    let prev = GENESIS_HASH;
    for (const row of rows) {
      expect(row.prev_hash).toBe(prev);
      expect(row.hash).toBe(auditHash(prev, { at: row.at, userId: row.user_id, actor: row.actor, action: row.action, entity: row.entity, entityId: row.entity_id, before: row.before, after: row.after, client: row.client }));
      prev = row.hash;
    }
  });

  it('rolls back the change when a write fails halfway', async () => {
    const plan = await ledger.ok('plans.create', { year: 2024, title: '计划' });
    const before = ledger.app.store.sqlite.prepare('SELECT count(*) AS n FROM audit_event').get();
    const failed = await ledger.raw('items.create', { planId: plan.id, content: 'x', startMonth: 2, owners: [{ personId: 12345, role: 'lead' }] });
    expect(failed.ok).toBe(false);
    expect(ledger.app.store.sqlite.prepare('SELECT count(*) AS n FROM item').get()).toEqual({ n: 0 });
    expect(ledger.app.store.sqlite.prepare('SELECT count(*) AS n FROM audit_event').get()).toEqual(before);
  });
});
