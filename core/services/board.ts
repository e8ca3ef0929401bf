import { itemSpansOfPlan, type ItemSpan } from '../../db/queries/dashboard';
import { itemRowsByIds, itemRowsOfPlan, type ItemListRow } from '../../db/queries/items';
import { getPlanRow } from '../../db/queries/plans';
import { notFound } from '../contract/app-error';
import type { BoardQuery, BoardView } from '../contract/item';
import { periodLabel, YEAR_ROUND_LABEL } from '../domain/months';
import { summarizeRows } from './items';
import type { ReadScope } from './read-scope';

/** What places an item on the board: its lean span row, or its full row when every card is shown. */
type Placed = ItemSpan | ItemListRow;
type Bucket = { facts: Placed[] };

/**
 * The year at a glance: one column per distinct monthly span (2月 … 7-8月 … 11-12月) in calendar order,
 * then 贯穿全年; key tasks grouped by their section. An empty plan shows February to December. Columns
 * are formed over lean rows of the whole plan; only the first `perColumn` cards of each are read in full.
 */
export function boardOf(scope: ReadScope, { planId, perColumn }: BoardQuery): BoardView {
  if (!getPlanRow(scope.db, planId)) throw notFound('该年度计划');
  // Every card shown: the full rows are read once and placed themselves.
  const rows = perColumn === undefined ? itemRowsOfPlan(scope.db, planId) : undefined;
  const facts: Placed[] = rows ?? itemSpansOfPlan(scope.db, planId);
  const span = (f: Pick<Placed, 'startMonth' | 'endMonth' | 'yearRound'>) => ({
    startMonth: f.startMonth,
    endMonth: f.endMonth ?? f.startMonth,
    yearRound: Boolean(f.yearRound) || f.startMonth == null,
  });

  const columns = new Map<string, Omit<BoardView['columns'][number], 'items' | 'total'> & Bucket>();
  const monthly = facts.filter((f) => !span(f).yearRound);
  const spans = monthly.length ? monthly.map(span) : Array.from({ length: 11 }, (_, k) => ({ startMonth: k + 2, endMonth: k + 2, yearRound: false }));
  for (const s of spans) {
    const label = periodLabel(s);
    if (!columns.has(label)) columns.set(label, { key: label, label, ...s, facts: [] });
  }
  columns.set(YEAR_ROUND_LABEL, { key: 'year-round', label: YEAR_ROUND_LABEL, startMonth: null, endMonth: null, yearRound: true, facts: [] });
  const keyTasks = new Map<string, Omit<BoardView['keyTasks'][number], 'items' | 'total'> & Bucket>();
  for (const f of facts) {
    if (f.isKey) {
      const key = String(f.sectionId ?? 0);
      if (!keyTasks.has(key)) keyTasks.set(key, { sectionId: f.sectionId, title: f.sectionTitle ?? '未分类', facts: [] });
      keyTasks.get(key)!.facts.push(f);
    } else columns.get(periodLabel(span(f)))!.facts.push(f);
  }

  // Read the shown cards of every column and section at once, then hand them back in plan order.
  const buckets: Bucket[] = [...columns.values(), ...keyTasks.values()];
  const shown = (b: Bucket) => (perColumn === undefined ? b.facts : b.facts.slice(0, perColumn));
  const summaries = new Map(summarizeRows(scope, rows ?? itemRowsByIds(scope.db, buckets.flatMap((b) => shown(b).map((f) => f.id)))).map((s) => [s.id, s]));
  const cards = (b: Bucket) => shown(b).map((f) => summaries.get(f.id)!);

  const ordered = [...columns.values()].sort(
    (a, b) => Number(a.yearRound) - Number(b.yearRound) || (a.startMonth ?? 0) - (b.startMonth ?? 0) || (a.endMonth ?? 0) - (b.endMonth ?? 0),
  );
  return {
    planId,
    columns: ordered.map(({ facts: list, ...c }) => ({ ...c, items: cards({ facts: list }), total: list.length })),
    keyTasks: [...keyTasks.values()].map(({ facts: list, ...g }) => ({ ...g, items: cards({ facts: list }), total: list.length })),
  };
}
