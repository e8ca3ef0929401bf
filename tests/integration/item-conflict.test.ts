import { afterEach, describe, expect, it } from 'vitest';
import type { EditConflictDetails } from '../../core/contract/edit-conflict';
import { openTestLedger, type TestLedger } from '../helpers/temp-ledger';

// Two people editing the same item: the second save, based on the old version, is refused with the other
// person's version attached; nothing is overwritten silently.

let ledger: TestLedger;
afterEach(() => ledger?.close());

async function signIn(username: string, password: string, client: string) {
  const reply = await ledger.raw('auth.login', { username, password }, { session: null, client });
  if (!reply.ok) throw new Error(reply.error.message);
  return { session: (reply.data as { session: string }).session, client };
}

describe('optimistic concurrency on items', () => {
  it('the second save from an old version gets CONFLICT naming who changed it, with the saved version', async () => {
    ledger = openTestLedger();
    await ledger.ok('users.create', { username: 'clerk', displayName: '陈雯', role: 'clerk', password: 'clerk-pass-1' });
    await ledger.ok('users.create', { username: 'teacher', displayName: '指导老师甲', role: 'adviser', password: 'teacher-pass-1' });
    const plan = await ledger.ok('plans.create', { year: 2023, title: '2023年工作要点' });
    const item = await ledger.ok('items.create', { planId: plan.id, content: '开展主题团日活动', startMonth: 3, endMonth: 3 });
    expect(item.version).toBe(1);
    const clerk = await signIn('clerk', 'clerk-pass-1', 'local');
    const teacher = await signIn('teacher', 'teacher-pass-1', '192.168.1.23');

    const base = { ...item, owners: [], targets: [] };
    const first = await ledger.raw('items.update', { ...base, notes: '老师的备注' }, teacher);
    expect(first).toMatchObject({ ok: true, data: { version: 2, notes: '老师的备注' } });

    const second = await ledger.raw('items.update', { ...base, content: '开展主题团日活动（文员修改）' }, clerk);
    if (second.ok) throw new Error('the stale save went through');
    expect(second.error).toMatchObject({ code: 'CONFLICT', message: '该事项已被 指导老师甲 修改，请刷新后再保存' });
    const details = second.error.details as EditConflictDetails;
    expect(details).toMatchObject({ by: '指导老师甲', current: { version: 2, notes: '老师的备注', content: '开展主题团日活动' } });
    expect(await ledger.ok('items.get', { id: item.id })).toMatchObject({ version: 2, notes: '老师的备注', content: '开展主题团日活动' });

    // Having seen both, the clerk saves on top of the newer version.
    const third = await ledger.raw('items.update', { ...base, version: 2, notes: '老师的备注', content: '开展主题团日活动（文员修改）' }, clerk);
    expect(third).toMatchObject({ ok: true, data: { version: 3, notes: '老师的备注', content: '开展主题团日活动（文员修改）' } });
  });

  it('a status change is a change too: an edit begun before it is refused', async () => {
    ledger = openTestLedger();
    const plan = await ledger.ok('plans.create', { year: 2023, title: '2023年工作要点' });
    const item = await ledger.ok('items.create', { planId: plan.id, content: '开展主题团日活动', startMonth: 3, endMonth: 3 });
    const started = await ledger.ok('items.transition', { id: item.id, action: 'start' });
    expect(started.version).toBe(2);
    const stale = await ledger.raw('items.update', { ...item, owners: [], targets: [], notes: 'x' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '该事项已被 命令行 修改，请刷新后再保存' } });
  });
});
