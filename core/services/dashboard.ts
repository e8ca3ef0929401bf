import { listItemRows } from '../../db/queries/items';
import { getPlanRow } from '../../db/queries/plans';
import { notFound } from '../contract/app-error';
import type { ItemSummary } from '../contract/item';
import { DASHBOARD_LIST_LIMIT, type DashboardView } from '../contract/supervision';
import { completionRates, rateOf } from '../domain/completion';
import { spanContains } from '../domain/months';
import { summarizeRows } from './items';
import type { ReadScope } from './read-scope';

/** The month the dashboard opens on: today's, inside the plan's year; else the nearest end of it. */
export function dashboardMonth(planYear: number, today: string): number {
  const year = Number(today.slice(0, 4));
  if (year < planYear) return 1;
  if (year > planYear) return 12;
  return Number(today.slice(5, 7));
}

export function dashboardOf(scope: ReadScope, planId: number, requestedMonth?: number): DashboardView {
  const plan = getPlanRow(scope.db, planId);
  if (!plan) throw notFound('该年度计划');
  const month = requestedMonth ?? dashboardMonth(plan.year, scope.today);
  const items = summarizeRows(scope, listItemRows(scope.db, { planId }));
  const open = (i: ItemSummary) => i.status !== 'done' && i.status !== 'cancelled';
  const lists = {
    thisMonth: items.filter((i) => !i.isKey && (spanContains(i, month) || (open(i) && !i.yearRound && (i.endMonth ?? 0) < month))),
    overdue: items.filter((i) => i.warning === 'overdue'),
    pendingReview: items.filter((i) => i.status === 'pending_review'),
    dueSoon: items.filter((i) => i.warning === 'due_soon'),
    lagging: items.filter((i) => i.warning === 'lagging'),
  };
  const done = items.filter((i) => i.status === 'done').length;
  const cancelled = items.filter((i) => i.status === 'cancelled').length;
  return {
    today: scope.today,
    month,
    thisMonth: lists.thisMonth.slice(0, DASHBOARD_LIST_LIMIT),
    overdue: lists.overdue.slice(0, DASHBOARD_LIST_LIMIT),
    pendingReview: lists.pendingReview.slice(0, DASHBOARD_LIST_LIMIT),
    dueSoon: lists.dueSoon.slice(0, DASHBOARD_LIST_LIMIT),
    lagging: lists.lagging.slice(0, DASHBOARD_LIST_LIMIT),
    counts: {
      thisMonth: lists.thisMonth.length, overdue: lists.overdue.length, pendingReview: lists.pendingReview.length,
      dueSoon: lists.dueSoon.length, lagging: lists.lagging.length,
    },
    totals: {
      total: items.length, done, cancelled, open: items.length - done - cancelled, overdue: lists.overdue.length,
      rate: rateOf(done, items.length - cancelled),
    },
    byMonth: completionRates(items.filter((i) => !i.isKey), (i) => [{ key: i.period, label: i.period }]),
    byOwner: completionRates(items, (i) => i.owners.map((o) => ({ key: String(o.personId), label: o.name }))).sort((a, b) => b.total - a.total),
    bySection: completionRates(items, (i) => [{ key: String(i.sectionId ?? 0), label: i.sectionTitle ?? (i.isKey ? '未分类' : '月度工作') }]),
  };
}
