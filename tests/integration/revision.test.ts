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

  it('needs a signed-in user', async () => {
    ledger = openTestLedger();
    expect(await ledger.raw('data.revision', {}, { session: null })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
