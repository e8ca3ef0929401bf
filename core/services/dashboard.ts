import { itemFactsOfPlan, ownerPairsOfPlan } from '../../db/queries/dashboard';
import { itemRowsByIds } from '../../db/queries/items';
import { getPlanRow } from '../../db/queries/plans';
import { notFound } from '../contract/app-error';
import { DASHBOARD_LIST_LIMIT, type DashboardView } from '../contract/supervision';
import { completionRates, rateOf } from '../domain/completion';
import { effectiveDueDate, periodLabel, spanContains } from '../domain/months';
import { isClosed, type ItemStatus } from '../domain/status';
import { warningOf } from '../domain/warning';
import { summarizeRows } from './items';
import type { ReadScope } from './read-scope';

/** The month the dashboard opens on: today's, inside the plan's year; else the nearest end of it. */
export function dashboardMonth(planYear: number, today: string): number {
  const year = Number(today.slice(0, 4));
  if (year < planYear) return 1;
  if (year > planYear) return 12;
  return Number(today.slice(5, 7));
}

/**
 * 首页: this month's items, the queues that need someone (overdue, 待核验, 临期, 滞后) and completion rates.
 * Counting runs over lean rows of the whole plan; only the listed items (capped) are read in full.
 */
export function dashboardOf(scope: ReadScope, planId: number, requestedMonth?: number): DashboardView {
  const plan = getPlanRow(scope.db, planId);
  if (!plan) throw notFound('该年度计划');
  const month = requestedMonth ?? dashboardMonth(plan.year, scope.today);
  const items = itemFactsOfPlan(scope.db, planId).map((f) => {
    const span = { startMonth: f.startMonth, endMonth: f.endMonth, yearRound: Boolean(f.yearRound) };
    const status = f.status as ItemStatus;
    const dueDate = effectiveDueDate(plan.year, span, f.dueDate);
    return {
      ...f, ...span, status, isKey: Boolean(f.isKey), period: periodLabel(span),
      warning: warningOf({ year: plan.year, status, startMonth: f.startMonth, yearRound: span.yearRound, dueDate, percent: f.percent }, scope.today, scope.warnings),
    };
  });
  type Facts = (typeof items)[number];
  const carriedInto = (i: Facts) => !isClosed(i.status) && !i.yearRound && (i.endMonth ?? 0) < month;
  const lists = {
    thisMonth: items.filter((i) => !i.isKey && (spanContains(i, month) || carriedInto(i))),
    overdue: items.filter((i) => i.warning === 'overdue'),
    pendingReview: items.filter((i) => i.status === 'pending_review'),
    dueSoon: items.filter((i) => i.warning === 'due_soon'),
    lagging: items.filter((i) => i.warning === 'lagging'),
  };
  const listed = (facts: Facts[]) => summarizeRows(scope, itemRowsByIds(scope.db, facts.slice(0, DASHBOARD_LIST_LIMIT).map((f) => f.id)));

  const ownersByItem = new Map<number, { key: string; label: string }[]>();
  for (const pair of ownerPairsOfPlan(scope.db, planId))
    ownersByItem.set(pair.itemId, [...(ownersByItem.get(pair.itemId) ?? []), { key: String(pair.personId), label: pair.name }]);

  const done = items.filter((i) => i.status === 'done').length;
  const cancelled = items.filter((i) => i.status === 'cancelled').length;
  return {
    today: scope.today,
    month,
    thisMonth: listed(lists.thisMonth),
    overdue: listed(lists.overdue),
    pendingReview: listed(lists.pendingReview),
    dueSoon: listed(lists.dueSoon),
    lagging: listed(lists.lagging),
    counts: {
      thisMonth: lists.thisMonth.length, overdue: lists.overdue.length, pendingReview: lists.pendingReview.length,
      dueSoon: lists.dueSoon.length, lagging: lists.lagging.length,
    },
    totals: {
      total: items.length, done, cancelled, open: items.length - done - cancelled, overdue: lists.overdue.length,
      rate: rateOf(done, items.length - cancelled),
    },
    byMonth: completionRates(items.filter((i) => !i.isKey), (i) => [{ key: i.period, label: i.period }]),
    byOwner: completionRates(items, (i) => ownersByItem.get(i.id) ?? []).sort((a, b) => b.total - a.total),
    bySection: completionRates(items, (i) => [{ key: String(i.sectionId ?? 0), label: i.sectionTitle ?? (i.isKey ? '未分类' : '月度工作') }]),
  };
}
