import { approvedPostponementsOfPlan, progressFactsOfPlan, statusChangesOfPlan } from '../../db/queries/history';
import type { Db } from '../../db/client';
import type { ItemSummary } from '../contract/item';
import { groupBy } from '../domain/group-by';
import { effectiveDueDate, type Span } from '../domain/months';
import { factsOn, type ItemHistory } from '../domain/period';
import type { StatusChangeRow } from '../../db/queries/history';
import type { ItemStatus } from '../domain/status';
import { warningOf } from '../domain/warning';
import { localDate, type ReadScope } from './read-scope';

// Loads the dated history of every item of a plan for the period model (core/domain/period.ts): three
// statements for the whole plan, whatever its size.

export interface HistoryItem extends ItemHistory {
  progress: { date: string; percent: number | null; text: string }[];
}

/** What the history needs of an item besides its dated records (flags as booleans or SQLite's 0/1). */
export type HistorySource = Omit<Span, 'yearRound'> & { id: number; yearRound: boolean | number; isKey: boolean | number; status: string; dueDate: string | null };

export function planHistories(db: Db, plan: { id: number; year: number }, items: HistorySource[]): Map<number, HistoryItem> {
  const changes = groupBy(statusChangesOfPlan(db, plan.id), (r) => r.itemId);
  const postponements = groupBy(approvedPostponementsOfPlan(db, plan.id), (r) => r.itemId);
  const progress = groupBy(progressFactsOfPlan(db, plan.id), (r) => r.itemId);
  return new Map(
    items.map((i) => {
      const span = { startMonth: i.startMonth, endMonth: i.endMonth, yearRound: Boolean(i.yearRound) };
      const current = effectiveDueDate(plan.year, span, i.dueDate);
      const approved = postponements.get(i.id) ?? [];
      const history: HistoryItem = {
        id: i.id,
        ...span,
        isKey: Boolean(i.isKey),
        status: i.status as ItemStatus,
        changes: datedChanges(changes.get(i.id)),
        originalDueDate: approved[0]?.previousDueDate ?? current,
        // The deadline in the ledger now governs from the last approval on (it may have been edited since).
        postponements: approved.map((p, k) => ({ date: localDate(new Date(p.decidedAt)), dueDate: k === approved.length - 1 ? current : p.requestedDueDate })),
        progress: progress.get(i.id) ?? [],
      };
      return [i.id, history];
    }),
  );
}

function datedChanges(rows: StatusChangeRow[] = []): ItemHistory['changes'] {
  return rows.map((c) => ({ date: localDate(new Date(c.at)), from: c.fromStatus as ItemStatus, to: c.toStatus as ItemStatus }));
}

export type StatusHistory = Pick<ItemHistory, 'id' | 'isKey' | 'status' | 'changes' | 'startMonth' | 'endMonth' | 'yearRound'>;

/** The status history alone (what decides whether an item is in a period's scope): one statement. */
export function planStatusHistories(
  db: Db,
  planId: number,
  items: (Span & { id: number; isKey: boolean; status: string })[],
): StatusHistory[] {
  const changes = groupBy(statusChangesOfPlan(db, planId), (r) => r.itemId);
  return items.map((i) => ({
    id: i.id, isKey: i.isKey, status: i.status as ItemStatus, startMonth: i.startMonth, endMonth: i.endMonth, yearRound: i.yearRound,
    changes: datedChanges(changes.get(i.id)),
  }));
}

/** An item's summary as it stood at the end of `date`: status, deadline, progress and warning then. */
export function summaryOn(summary: ItemSummary, history: HistoryItem, year: number, date: string, scope: Pick<ReadScope, 'warnings'>): ItemSummary {
  const facts = factsOn(history, year, date);
  const latest = history.progress.filter((p) => p.date <= date).at(-1);
  return {
    ...summary,
    status: facts.status,
    dueDate: facts.dueDate,
    percent: facts.percent,
    progressText: latest?.text ?? null,
    warning: warningOf(facts, date, scope.warnings),
  };
}
