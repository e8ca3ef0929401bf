import { itemFactsOfPlan, ownerPairsOfPlan } from '../../db/queries/dashboard';
import { itemRowsByIds } from '../../db/queries/items';
import { getPlanRow } from '../../db/queries/plans';
import { notFound } from '../contract/app-error';
import type { ItemSummary } from '../contract/item';
import { DASHBOARD_LIST_LIMIT, type DashboardView } from '../contract/supervision';
import { factsOn, periodEntries } from '../domain/period';
import { byOwner, byPlanPeriod, bySection, tallyBy, tallyOf } from '../domain/period-tally';
import { warningOf } from '../domain/warning';
import { summarizeRows } from './items';
import { planHistories, summaryOn } from './plan-history';
import type { ReadScope } from './read-scope';

/** The month the dashboard opens on: today's, inside the plan's year; else the nearest end of it. */
export function dashboardMonth(planYear: number, today: string): number {
  const year = Number(today.slice(0, 4));
  if (year < planYear) return 1;
  if (year > planYear) return 12;
  return Number(today.slice(5, 7));
}

const WHOLE_YEAR = { fromMonth: 1, toMonth: 12 };

/**
 * 首页: the month's items, the queues that need someone (逾期, 待核验, 临期, 滞后) and completion, all read
 * today through the period model — the same counts the 汇总 and the 通报 print. Counting runs over lean rows
 * of the whole plan; only the listed items (capped) are read in full.
 */
export function dashboardOf(scope: ReadScope, planId: number, requestedMonth?: number): DashboardView {
  const plan = getPlanRow(scope.db, planId);
  if (!plan) throw notFound('该年度计划');
  const month = requestedMonth ?? dashboardMonth(plan.year, scope.today);
  const facts = itemFactsOfPlan(scope.db, planId);
  const owners = new Map<number, { personId: number; name: string }[]>();
  for (const pair of ownerPairsOfPlan(scope.db, planId)) owners.set(pair.itemId, [...(owners.get(pair.itemId) ?? []), pair]);
  const histories = planHistories(
    scope.db,
    plan,
    facts.map((f) => ({ ...f, yearRound: Boolean(f.yearRound), isKey: Boolean(f.isKey) })),
  );
  const items = facts.map((f) => ({ ...histories.get(f.id)!, sectionId: f.sectionId, sectionTitle: f.sectionTitle, owners: owners.get(f.id) ?? [] }));

  const year = periodEntries(items, plan.year, WHOLE_YEAR, scope.today, scope.warnings);
  const inMonth = periodEntries(items, plan.year, { fromMonth: month, toMonth: month }, scope.today, scope.warnings);
  const now = (i: (typeof items)[number]) => factsOn(i, plan.year, scope.today);
  const lists = {
    thisMonth: inMonth.map((e) => e.item),
    overdue: year.filter((e) => e.state === 'overdue').map((e) => e.item),
    pendingReview: items.filter((i) => now(i).status === 'pending_review'),
    dueSoon: items.filter((i) => warningOf(now(i), scope.today, scope.warnings) === 'due_soon'),
    lagging: year.filter((e) => e.state === 'lagging').map((e) => e.item),
  };
  const listed = (list: (typeof items)[number][]): ItemSummary[] =>
    summarizeRows(scope, itemRowsByIds(scope.db, list.slice(0, DASHBOARD_LIST_LIMIT).map((i) => i.id))).map((s) =>
      summaryOn(s, histories.get(s.id)!, plan.year, scope.today, scope),
    );

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
    totals: tallyOf(year.map((e) => e.state)),
    monthTotals: tallyOf(inMonth.map((e) => e.state)),
    byMonth: tallyBy(year, byPlanPeriod),
    byOwner: tallyBy(year, byOwner),
    bySection: tallyBy(year, bySection),
  };
}
