import type { Envelope } from '../contract/app-error';
import type { MethodInput, MethodName, MethodOutput } from '../contract';
import type { PlanView } from '../contract/plan';

// The desktop's notice after signing in: how many items are 逾期 and 临期 — the person's own when the
// account is linked to a 责任人, else the whole plan's — in this year's plan. Read through the contract with
// the user's own session, so it shows only what the user may see.

/** A contract call as the signed-in user (LedgerApp.call bound to the session). */
type Call = (method: MethodName, input: unknown) => Promise<Envelope<unknown>>;

export interface Reminder {
  title: string;
  body: string;
}

/** This year's plan, else the latest one before it; null when there is none. */
export function reminderPlan(plans: Pick<PlanView, 'id' | 'year'>[], today: string): Pick<PlanView, 'id' | 'year'> | null {
  const year = Number(today.slice(0, 4));
  return plans.filter((p) => p.year <= year).sort((a, b) => b.year - a.year)[0] ?? null;
}

export function reminderText(counts: { overdue: number; dueSoon: number }, scope: { year: number; own: boolean }): Reminder | null {
  if (counts.overdue === 0 && counts.dueSoon === 0) return null;
  const parts = [counts.overdue && `逾期 ${counts.overdue} 项`, counts.dueSoon && `临期 ${counts.dueSoon} 项`].filter(Boolean);
  return { title: '团委工作台账 · 督办提醒', body: `${scope.year}年${scope.own ? '您负责的事项中' : '工作纲要中'}：${parts.join('，')}。` };
}

async function data<M extends MethodName>(call: Call, method: M, input: MethodInput<M>): Promise<MethodOutput<M> | null> {
  const envelope = await call(method, input);
  return envelope.ok ? (envelope.data as MethodOutput<M>) : null;
}

/** The notice for the signed-in user, or null: switched off in 设置, no plan, or nothing due. */
export async function startupReminder(call: Call, today: string): Promise<Reminder | null> {
  const [status, settings, plans] = await Promise.all([data(call, 'auth.status', {}), data(call, 'settings.get', {}), data(call, 'plans.list', {})]);
  const user = status?.user;
  if (!user || !settings?.startupReminder || !plans) return null;
  const plan = reminderPlan(plans, today);
  if (!plan) return null;
  if (user.personId !== null) {
    const mine = await data(call, 'persons.items', { personId: user.personId, planId: plan.id });
    if (!mine) return null;
    const items = mine.groups.flatMap((g) => g.items);
    const count = (warning: string) => new Set(items.filter((i) => i.warning === warning).map((i) => i.id)).size;
    return reminderText({ overdue: count('overdue'), dueSoon: count('due_soon') }, { year: plan.year, own: true });
  }
  const dashboard = await data(call, 'dashboard.get', { planId: plan.id });
  return dashboard && reminderText({ overdue: dashboard.counts.overdue, dueSoon: dashboard.counts.dueSoon }, { year: plan.year, own: false });
}
