import { checkInsOfPlan, findingsOfPlan, postponementsOfPlan, verificationsOfPlan } from '../../db/queries/exports';
import { listItemRows } from '../../db/queries/items';
import { getPlanRow, type PlanRow } from '../../db/queries/plans';
import { notFound } from '../contract/app-error';
import type { ItemSummary } from '../contract/item';
import type { ItemStatus } from '../domain/status';
import { periodBounds, periodEntries, reportDate, type Period, type PeriodState } from '../domain/period';
import { actorOf, type Ctx } from '../context';
import { summarizeRows } from '../services/items';
import { planHistories, summaryOn, type HistoryItem } from '../services/plan-history';
import { readScope, type ReadScope } from '../services/read-scope';
import { getSettings } from '../services/settings';
import { supervisionOpinion } from './opinion';

// What the forms are built from: the plan's items as the app shows them (same warnings, same month
// rules), plus the supervision record each form prints. Read in one transaction so a form never mixes
// two states of the ledger.

export interface ExportItem extends ItemSummary {
  /** The plan's year: dates in it print without theirs. */
  year: number;
  /** 督查意见: the latest finding or verification. */
  opinion: string;
  /** The deadline before any postponement. */
  originalDueDate: string;
  /** In a month form, for year-round items: the date of this month's last progress entry, or null. */
  checkIn?: string | null;
  /** In a period's forms: the item's state in the period (core/domain/period.ts). */
  state?: PeriodState;
}

export interface ExportBase {
  scope: ReadScope;
  plan: PlanRow;
  /** 制表单位 */
  organization: string;
  dataDir: string;
  actorName: string;
  /** The export's instant, ISO-8601 UTC (issued numbers are stamped with it). */
  now: string;
  /** Every item of the plan by id, in plan order, summarized once per export (warnings are not free). */
  items(): Map<number, ExportItem>;
  /** The dated history of every item, for forms that report a period. */
  histories(): Map<number, HistoryItem>;
}

interface SupervisionNote {
  opinion: string;
  originalDueDate: string | undefined;
}

export interface ItemFilter {
  personId?: number;
  sectionId?: number;
  status?: ItemStatus;
  text?: string;
}

function loadNotes(scope: ReadScope, planId: number): Map<number, SupervisionNote> {
  // Rows come oldest first: the last one seen per item is the latest, the first postponement the original.
  const findings = new Map(findingsOfPlan(scope.db, planId).map((f) => [f.itemId, f]));
  const verifications = new Map(verificationsOfPlan(scope.db, planId).map((v) => [v.itemId, v]));
  const original = new Map<number, string>();
  for (const p of postponementsOfPlan(scope.db, planId)) if (!original.has(p.itemId)) original.set(p.itemId, p.previousDueDate);
  const ids = new Set([...findings.keys(), ...verifications.keys(), ...original.keys()]);
  return new Map(
    [...ids].map((id) => [id, { opinion: supervisionOpinion(findings.get(id), verifications.get(id)), originalDueDate: original.get(id) }]),
  );
}

function loadItems(scope: ReadScope, planId: number, year: number): Map<number, ExportItem> {
  const notes = loadNotes(scope, planId);
  return new Map(
    summarizeRows(scope, listItemRows(scope.db, { planId })).map((i) => {
      const note = notes.get(i.id);
      return [i.id, { ...i, year, opinion: note?.opinion ?? '', originalDueDate: note?.originalDueDate ?? i.dueDate }];
    }),
  );
}

/**
 * Runs `work` on one consistent snapshot of the plan: a read transaction, or for forms that issue a
 * number a write transaction, so two exports at once cannot take the same number.
 */
export function withSnapshot<T>(ctx: Ctx, planId: number, work: (base: ExportBase) => T, mode: 'read' | 'issue' = 'read'): T {
  return ctx.store.orm.transaction(
    (tx) => {
      const plan = getPlanRow(tx, planId);
      if (!plan) throw notFound('该年度计划');
      const scope = readScope(ctx, tx);
      let items: Map<number, ExportItem> | undefined;
      let histories: Map<number, HistoryItem> | undefined;
      const all = () => (items ??= loadItems(scope, planId, plan.year));
      return work({
        scope,
        plan,
        organization: plan.organization || getSettings(tx).organization,
        dataDir: ctx.dataDir,
        actorName: actorOf(ctx).name,
        now: ctx.clock().toISOString(),
        items: all,
        histories: () => (histories ??= planHistories(tx, plan, [...all().values()])),
      });
    },
    { behavior: mode === 'issue' ? 'immediate' : 'deferred' },
  );
}

/** The summarized items of rows the item queries selected, in their order. */
function pick(base: ExportBase, rows: { id: number }[], only?: Set<number>): ExportItem[] {
  const all = base.items();
  return rows.filter((r) => !only || only.has(r.id)).map((r) => all.get(r.id)!);
}

/** Every item of the plan matching the filter (the item search's filter), in plan order. */
export function planItems(base: ExportBase, filter: ItemFilter = {}): ExportItem[] {
  const filtered = Object.values(filter).some((v) => v !== undefined);
  return filtered ? pick(base, listItemRows(base.scope.db, { planId: base.plan.id, ...filter })) : [...base.items().values()];
}

/** Where a period's forms list an item. */
export type Placement = 'key' | 'scheduled' | 'carried' | 'early' | 'yearRound';

export type PeriodItem = ExportItem & { state: PeriodState; placement: Placement };

export interface PeriodItems {
  period: Period;
  /** The date the period was read on: its last day, or today while it runs. */
  asOf: string;
  items: PeriodItem[];
}

function placementOf(item: ExportItem, period: Period): Placement {
  if (item.isKey) return 'key';
  if (item.yearRound || item.startMonth == null) return 'yearRound';
  if ((item.endMonth ?? item.startMonth) < period.fromMonth) return 'carried';
  return item.startMonth > period.toMonth ? 'early' : 'scheduled';
}

/**
 * The period's items as the period model scopes them, each as it stood on the period's reading date
 * (status, deadline, progress, warning then); `only` keeps the items of a filtered export. Year-round
 * items of a one-month period carry that month's check-in (打卡).
 */
export function periodItems(base: ExportBase, period: Period, only?: Set<number>): PeriodItems {
  const { year } = base.plan;
  const asOf = reportDate(periodBounds(year, period), base.scope.today);
  const all = base.items();
  const histories = [...base.histories().values()].filter((h) => !only || only.has(h.id));
  const monthly = period.fromMonth === period.toMonth;
  const checkIns = monthly ? checkInsOfPlan(base.scope.db, base.plan.id, periodBounds(year, period).start, asOf) : new Map<number, string>();
  return {
    period,
    asOf,
    items: periodEntries(histories, year, period, asOf, base.scope.warnings).map(({ item: history, state }) => {
      const item = all.get(history.id)!;
      const placement = placementOf(item, period);
      return {
        ...item,
        ...summaryOn(item, history, year, asOf, base.scope),
        state,
        placement,
        carried: placement === 'carried',
        ...(monthly && placement === 'yearRound' ? { checkIn: checkIns.get(item.id) ?? null } : {}),
      };
    }),
  };
}

/** The months a plan's forms cover: from its earliest start month (February by default) to December. */
export function planMonths(items: Pick<ItemSummary, 'startMonth' | 'yearRound'>[]): number[] {
  const starts = items.filter((i) => !i.yearRound && i.startMonth != null).map((i) => i.startMonth!);
  const first = Math.min(2, ...starts);
  return Array.from({ length: 13 - first }, (_, k) => first + k);
}
