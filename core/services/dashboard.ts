import { itemSpansOfPlan, ownerPairsOfPlan } from '../../db/queries/dashboard';
import { itemRowsByIds } from '../../db/queries/items';
import { getPlanRow } from '../../db/queries/plans';
import { notFound } from '../contract/app-error';
import type { ItemSummary } from '../contract/item';
import type { DashboardQuery, DashboardView } from '../contract/supervision';
import { groupBy } from '../domain/group-by';
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
 * of the whole plan; only the requested page of one list is read in full. Without a list asked for, one
 * who verifies sees 待核验 when it has items, anyone else 本月事项.
 */
export function dashboardOf(scope: ReadScope, query: DashboardQuery, verifies = false): DashboardView {
  const { planId, month: requestedMonth, page, pageSize } = query;
  const plan = getPlanRow(scope.db, planId);
  if (!plan) throw notFound('该年度计划');
  const month = requestedMonth ?? dashboardMonth(plan.year, scope.today);
  const spans = itemSpansOfPlan(scope.db, planId);
  const owners = groupBy(ownerPairsOfPlan(scope.db, planId), (pair) => pair.itemId);
  const histories = planHistories(scope.db, plan, spans);
  // What the groupings need besides the history, added to it (a plan can have 10,000 items: no copies).
  const items = spans.map((f) => Object.assign(histories.get(f.id)!, { sectionId: f.sectionId, sectionTitle: f.sectionTitle, owners: owners.get(f.id) ?? [] }));

  const year = periodEntries(items, plan.year, WHOLE_YEAR, scope.today, scope.warnings);
  const inMonth = periodEntries(items, plan.year, { fromMonth: month, toMonth: month }, scope.today, scope.warnings);
  // The queues that are not period states (待核验, 临期), read on today's facts in one pass.
  const pendingReview: typeof items = [];
  const dueSoon: typeof items = [];
  for (const item of items) {
    const facts = factsOn(item, plan.year, scope.today);
    if (facts.status === 'pending_review') pendingReview.push(item);
    if (warningOf(facts, scope.today, scope.warnings) === 'due_soon') dueSoon.push(item);
  }
  const lists = {
    thisMonth: inMonth.map((e) => e.item),
    overdue: year.filter((e) => e.state === 'overdue').map((e) => e.item),
    pendingReview,
    dueSoon,
    lagging: year.filter((e) => e.state === 'lagging').map((e) => e.item),
  };
  const list = query.list ?? (verifies && lists.pendingReview.length > 0 ? 'pendingReview' : 'thisMonth');
  const shown = lists[list].slice((page - 1) * pageSize, page * pageSize);
  const rows: ItemSummary[] = summarizeRows(scope, itemRowsByIds(scope.db, shown.map((i) => i.id))).map((s) =>
    summaryOn(s, histories.get(s.id)!, plan.year, scope.today, scope),
  );

  return {
    today: scope.today,
    month,
    list,
    rows,
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
