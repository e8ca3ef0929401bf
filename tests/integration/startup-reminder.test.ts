import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../core/app';
import { CLI_ACTOR } from '../../core/context';
import { reminderPlan, reminderText, startupReminder } from '../../core/desktop/startup-reminder';
import { openTestLedger, type TestLedger } from '../helpers/temp-ledger';

const TODAY = '2023-11-20';
let ledger: TestLedger;
let planId: number;
const as = (caller: Caller) => (method: string, input: unknown) => ledger.app.call(method, input, caller);

beforeEach(async () => {
  ledger = openTestLedger({ clock: () => new Date(`${TODAY}T02:00:00Z`) });
  planId = (await ledger.ok('demo.load', {})).planId;
});
afterEach(() => ledger.close());

describe('start-up reminder', () => {
  it('counts the whole plan for an account not linked to a 责任人', async () => {
    const counts = (await ledger.ok('dashboard.get', { planId })).counts;
    expect(counts.overdue + counts.dueSoon).toBeGreaterThan(0);
    const reminder = await startupReminder(as(await ledger.signIn('admin')), TODAY);
    expect(reminder).toEqual(reminderText({ overdue: counts.overdue, dueSoon: counts.dueSoon }, { year: 2023, own: false }));
    expect(reminder?.body).toContain('2023年工作纲要中');
  });

  it('counts only the person\'s own items for an account linked to a 责任人', async () => {
    const [person] = await ledger.ok('persons.list', {});
    const own = { planId, owners: [{ personId: person.id, role: 'lead' as const }] };
    await ledger.ok('items.create', { ...own, content: '三月的团课（已过期）', startMonth: 3, endMonth: 3 });
    await ledger.ok('items.create', { ...own, content: '九月的迎新（也已过期）', startMonth: 9, endMonth: 9 });
    const soon = await ledger.ok('items.create', { ...own, content: '本月的团日活动', startMonth: 11, endMonth: 11, dueDate: '2023-11-22' });
    // Under way on schedule, so 临期 rather than 滞后.
    await ledger.ok('progress.add', { itemId: soon.id, date: '2023-11-20', text: '已发通知', percent: 90 });
    await ledger.ok('users.create', { username: 'owner1', displayName: person.name, role: 'clerk', password: 'secret-pass-1', personId: person.id });
    const login = await ledger.ok('auth.login', { username: 'owner1', password: 'secret-pass-1' }, { session: null });
    const reminder = await startupReminder(as({ session: login.session }), TODAY);
    expect(reminder?.body).toBe('2023年您负责的事项中：逾期 2 项，临期 1 项。');
  });

  it('says nothing when switched off in 设置, signed out, or before any plan', async () => {
    const admin = await ledger.signIn('admin');
    await ledger.ok('settings.update', { startupReminder: false }, CLI_ACTOR);
    expect(await startupReminder(as(admin), TODAY)).toBeNull();
    await ledger.ok('settings.update', { startupReminder: true }, CLI_ACTOR);
    expect(await startupReminder(as({ session: null }), TODAY)).toBeNull();
    expect(await startupReminder(as(admin), '2022-12-31')).toBeNull();
  });
});

describe('reminder rules', () => {
  it('uses this year\'s plan, else the latest before it', () => {
    const plans = [{ id: 1, year: 2022 }, { id: 2, year: 2023 }, { id: 3, year: 2025 }];
    expect(reminderPlan(plans, '2023-03-01')).toEqual({ id: 2, year: 2023 });
    expect(reminderPlan(plans, '2024-03-01')).toEqual({ id: 2, year: 2023 });
    expect(reminderPlan(plans, '2021-03-01')).toBeNull();
  });

  it('names only what is there, and nothing when nothing is due', () => {
    expect(reminderText({ overdue: 0, dueSoon: 3 }, { year: 2023, own: true })?.body).toBe('2023年您负责的事项中：临期 3 项。');
    expect(reminderText({ overdue: 0, dueSoon: 0 }, { year: 2023, own: false })).toBeNull();
  });
});
