import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../core/services/audit';
import { openTestLedger, type TestLedger } from '../helpers/temp-ledger';

// Every audit event records where the call came from: the address over the network, nothing on the machine.

let ledger: TestLedger;
afterEach(() => ledger?.close());

describe('audit events carry the client address', () => {
  it('an adviser at 192.168.1.23 shows as 指导老师甲（192.168.1.23）; local calls show the name only; the chain verifies', async () => {
    ledger = openTestLedger();
    await ledger.ok('users.create', { username: 'teacher', displayName: '指导老师甲', role: 'adviser', password: 'teacher-pass-1' });
    const plan = await ledger.ok('plans.create', { year: 2023, title: '2023年工作要点' });
    const item = await ledger.ok('items.create', { planId: plan.id, content: '开展主题团日活动', startMonth: 3, endMonth: 3 });

    const signIn = await ledger.raw('auth.login', { username: 'teacher', password: 'teacher-pass-1' }, { session: null, client: '192.168.1.23' });
    if (!signIn.ok) throw new Error(signIn.error.message);
    const caller = { session: (signIn.data as { session: string }).session, client: '192.168.1.23' };
    const changed = await ledger.raw('items.update', { ...item, content: '开展主题团日活动（修订）', owners: [], targets: [] }, caller);
    expect(changed.ok ? 'ok' : changed.error.message).toBe('ok');

    const history = await ledger.ok('audit.list', { entity: 'item', entityId: item.id });
    expect(history.map((e) => [e.actor, e.client])).toEqual([
      ['命令行', null],
      ['指导老师甲', '192.168.1.23'],
    ]);
    const view = await ledger.ok('items.supervision', { id: item.id });
    expect(view.history.map((h) => h.text).join('\n')).toContain('指导老师甲（192.168.1.23） 于');
    expect(verifyAuditChain(ledger.app.store.orm).intact).toBe(true);

    // The address is part of the hash: changing it breaks the chain.
    ledger.app.store.sqlite.prepare("UPDATE audit_event SET client = '10.0.0.1' WHERE client = '192.168.1.23'").run();
    expect(verifyAuditChain(ledger.app.store.orm).intact).toBe(false);
  });
});
