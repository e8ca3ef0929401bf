import { itemSpansOfPlan, type ItemSpan } from '../../db/queries/dashboard';
import { itemRowsByIds } from '../../db/queries/items';
import { getPlanRow } from '../../db/queries/plans';
import { notFound } from '../contract/app-error';
import type { MonthQuery, MonthView } from '../contract/item';
import { inScope, periodBounds, reportDate } from '../domain/period';
import { summarizeRows } from './items';
import { planStatusHistories } from './plan-history';
import type { ReadScope } from './read-scope';

type ListName = keyof MonthView['totals'];

/**
 * 月度: the month as the period model scopes it (the same items the month's printed form lists), each
 * shown as it stands now, since the month page is where it is worked on: the month's own items, later
 * ones already closed in it and year-round work; earlier items open when the month began or closed in it
 * (结转); the 主要任务. The scope is decided over lean rows and status histories of the whole plan (the
 * period model's scope rule); only the requested page of each list is read in full.
 */
export function monthItems(scope: ReadScope, query: MonthQuery): MonthView {
  const { db } = scope;
  const { planId, month, pageSize, pages } = query;
  const plan = getPlanRow(db, planId);
  if (!plan) throw notFound('该年度计划');
  const facts = itemSpansOfPlan(db, planId);
  const period = { fromMonth: month, toMonth: month };
  const bounds = periodBounds(plan.year, period);
  const asOf = reportDate(bounds, scope.today);
  const histories = planStatusHistories(db, planId, facts.map((f) => ({ ...f, yearRound: Boolean(f.yearRound), isKey: Boolean(f.isKey) })));
  const scoped = new Set(histories.filter((h) => inScope(h, period, bounds, asOf)).map((h) => h.id));

  const endsBefore = (f: ItemSpan) => !f.yearRound && f.startMonth != null && (f.endMonth ?? f.startMonth) < month;
  const lists: Record<ListName, ItemSpan[]> = { items: [], carried: [], keyTasks: [] };
  for (const f of facts) {
    if (!scoped.has(f.id)) continue;
    lists[f.isKey ? 'keyTasks' : endsBefore(f) ? 'carried' : 'items'].push(f);
  }
  const pageOf = (name: ListName) => {
    const list = lists[name];
    if (pageSize === undefined) return list;
    const first = ((pages[name] ?? 1) - 1) * pageSize;
    return list.slice(first, first + pageSize);
  };
  const read = (name: ListName, carried = false) => summarizeRows(scope, itemRowsByIds(db, pageOf(name).map((f) => f.id)), carried);
  return {
    month,
    items: read('items'),
    carried: read('carried', true),
    keyTasks: read('keyTasks'),
    totals: { items: lists.items.length, carried: lists.carried.length, keyTasks: lists.keyTasks.length },
  };
}
