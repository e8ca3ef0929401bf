import { afterEach, describe, expect, it } from 'vitest';
import { openTestLedger, type TestLedger } from '../helpers/temp-ledger';

// data.revision: the counter pages poll to learn that someone else changed data.

let ledger: TestLedger;
afterEach(() => ledger?.close());

describe('data.revision', () => {
  it('moves with every write and stays put on reads', async () => {
    ledger = openTestLedger();
    const start = (await ledger.ok('data.revision', {})).revision;
    const plan = await ledger.ok('plans.create', { year: 2023, title: '2023年工作要点' });
    const afterPlan = (await ledger.ok('data.revision', {})).revision;
    expect(afterPlan).toBeGreaterThan(start);
    await ledger.ok('plans.list', {});
    expect((await ledger.ok('data.revision', {})).revision).toBe(afterPlan);
    await ledger.ok('items.create', { planId: plan.id, content: '开展主题团日活动', startMonth: 3, endMonth: 3 });
    expect((await ledger.ok('data.revision', {})).revision).toBeGreaterThan(afterPlan);
  });

  it('polling it does not keep an unattended session alive; using the ledger does', async () => {
    let now = new Date('2023-06-15T02:00:00Z').getTime();
    ledger = openTestLedger({ clock: () => new Date(now) });
    await ledger.ok('users.create', { username: 'teacher', displayName: '指导老师甲', role: 'adviser', password: 'teacher-pass-1' });
    const signIn = await ledger.raw('auth.login', { username: 'teacher', password: 'teacher-pass-1' }, { session: null, client: '192.168.1.23' });
    const caller = { session: (signIn as { ok: true; data: { session: string } }).data.session, client: '192.168.1.23' };
    for (let minute = 5; minute <= 30; minute += 5) {
      now += 5 * 60_000;
      expect((await ledger.raw('data.revision', {}, caller)).ok, `minute ${minute}`).toBe(true);
    }
    now += 60_000;
    expect(await ledger.raw('data.revision', {}, caller)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    const again = await ledger.raw('auth.login', { username: 'teacher', password: 'teacher-pass-1' }, { session: null, client: '192.168.1.23' });
    const active = { session: (again as { ok: true; data: { session: string } }).data.session, client: '192.168.1.23' };
    for (let k = 0; k < 3; k++) {
      now += 20 * 60_000;
      expect((await ledger.raw('plans.list', {}, active)).ok).toBe(true);
    }
  });

  it('needs a signed-in user', async () => {
    ledger = openTestLedger();
    expect(await ledger.raw('data.revision', {}, { session: null })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
