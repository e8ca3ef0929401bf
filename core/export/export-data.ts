import { checkInsOfPlan, findingsOfPlan, postponementsOfPlan, verificationsOfPlan } from '../../db/queries/exports';
import { carriedItemRows, listItemRows } from '../../db/queries/items';
import { getPlanRow, type PlanRow } from '../../db/queries/plans';
import { notFound } from '../contract/app-error';
import type { ItemSummary } from '../contract/item';
import type { ItemStatus } from '../domain/status';
import { lastDayOfMonth } from '../domain/months';
import { actorOf, type Ctx } from '../context';
import { summarizeRows } from '../services/items';
import { readScope, type ReadScope } from '../services/read-scope';
import { getSettings } from '../services/settings';
import { supervisionOpinion } from './opinion';

// What the forms are built from: the plan's items as the app shows them (same warnings, same month
// rules), plus the supervision record each form prints. Read in one transaction so a form never mixes
// two states of the ledger.

export interface ExportItem extends ItemSummary {
  /** 督查意见: the latest finding or verification. */
  opinion: string;
  /** The deadline before any postponement. */
  originalDueDate: string;
  /** In a month form, for year-round items: the date of this month's last progress entry, or null. */
  checkIn?: string | null;
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

function loadItems(scope: ReadScope, planId: number): Map<number, ExportItem> {
  const notes = loadNotes(scope, planId);
  return new Map(
    summarizeRows(scope, listItemRows(scope.db, { planId })).map((i) => {
      const note = notes.get(i.id);
      return [i.id, { ...i, opinion: note?.opinion ?? '', originalDueDate: note?.originalDueDate ?? i.dueDate }];
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
      return work({
        scope,
        plan,
        organization: plan.organization || getSettings(tx).organization,
        dataDir: ctx.dataDir,
        actorName: actorOf(ctx).name,
        now: ctx.clock().toISOString(),
        items: () => (items ??= loadItems(scope, planId)),
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

export interface MonthLists {
  /** Items whose span contains the month. */
  monthly: ExportItem[];
  /** Earlier items still open (结转). */
  carried: ExportItem[];
  /** Year-round items, each with this month's check-in. */
  yearRound: ExportItem[];
}

/**
 * The month as the month view shows it (the same queries: items whose span contains it, ordinary
 * year-round work, earlier items still open); `only` keeps the items of a filtered export.
 */
export function monthLists(base: ExportBase, month: number, only?: Set<number>): MonthLists {
  const { db } = base.scope;
  const inMonth = pick(base, listItemRows(db, { planId: base.plan.id, month }), only);
  const from = `${base.plan.year}-${String(month).padStart(2, '0')}-01`;
  const checkIns = checkInsOfPlan(db, base.plan.id, from, lastDayOfMonth(base.plan.year, month));
  return {
    monthly: inMonth.filter((i) => !i.yearRound),
    carried: pick(base, carriedItemRows(db, base.plan.id, month), only).map((i) => ({ ...i, carried: true })),
    yearRound: inMonth.filter((i) => i.yearRound).map((i) => ({ ...i, checkIn: checkIns.get(i.id) ?? null })),
  };
}

/** The months a plan's forms cover: from its earliest start month (February by default) to December. */
export function planMonths(items: Pick<ItemSummary, 'startMonth' | 'yearRound'>[]): number[] {
  const starts = items.filter((i) => !i.yearRound && i.startMonth != null).map((i) => i.startMonth!);
  const first = Math.min(2, ...starts);
  return Array.from({ length: 13 - first }, (_, k) => first + k);
}
