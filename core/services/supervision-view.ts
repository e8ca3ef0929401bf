import { auditEventsFor } from '../../db/queries/audit';
import { postponementsOfItem, progressOfItem, verificationsOfItem } from '../../db/queries/supervision';
import type { SupervisionView } from '../contract/supervision';
import { actorOf, type Ctx } from '../context';
import { describeAuditEvent } from '../domain/audit-text';
import { expectedProgress } from '../domain/warning';
import { availableActions } from '../domain/workflow';
import { evidenceOfItem } from './evidence';
import { findingsOfItem } from './inspections';
import { getItem } from './items';
import { readScope } from './read-scope';
import { toPostponementView } from './workflow';

/** Which months of the plan year (index 0 = January) have at least one progress entry: the check-in grid. */
export function checkinMonths(year: number, progressDates: string[]): boolean[] {
  const months = Array<boolean>(12).fill(false);
  for (const date of progressDates) if (date.startsWith(`${year}-`)) months[Number(date.slice(5, 7)) - 1] = true;
  return months;
}

/** The item view: the item and its whole supervision record, in one read. */
export function supervisionOf(ctx: Ctx, id: number): SupervisionView {
  const scope = readScope(ctx);
  const { db } = scope;
  const item = getItem(scope, id);
  const year = Number(item.dueDate.slice(0, 4));
  const evidence = evidenceOfItem(db, id);
  const progress = progressOfItem(db, id).map((p) => ({
    id: p.id, itemId: p.itemId, date: p.date, text: p.text, percent: p.percent, author: p.author, createdAt: p.createdAt,
    attachments: evidence.filter((a) => a.progressEntryId === p.id),
  }));
  const postponements = postponementsOfItem(db, id).map(toPostponementView);
  const approved = postponements.filter((p) => p.decision === 'approved');
  return {
    item,
    originalDueDate: approved[0]?.previousDueDate ?? item.dueDate,
    postponementCount: approved.length,
    progress,
    evidence,
    verifications: verificationsOfItem(db, id).map((v) => ({ id: v.id, decision: v.decision as 'pass' | 'return', comment: v.comment, actor: v.actor, at: v.at })),
    postponements,
    findings: findingsOfItem(db, id),
    checkins: checkinMonths(year, progress.map((p) => p.date)),
    expectedPercent: expectedProgress({ year, status: item.status, startMonth: item.startMonth, yearRound: item.yearRound, dueDate: item.dueDate, percent: item.percent }, scope.today),
    actions: availableActions(item.status, actorOf(ctx).role),
    history: auditEventsFor(db, 'item', id)
      .reverse()
      .map((e) => ({ id: e.id, at: e.at, text: describeAuditEvent({ ...e, before: parse(e.before), after: parse(e.after) }) })),
  };
}

function parse(json: string | null): unknown {
  return json == null ? null : JSON.parse(json);
}
