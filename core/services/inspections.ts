import type { Db } from '../../db/client';
import { getItemListRow } from '../../db/queries/items';
import { getPlanRow } from '../../db/queries/plans';
import {
  deleteInspection as deleteInspectionRow, findingsOf, getInspection, insertFinding, insertInspection, inspectionsOfPlan, updateFinding,
  updateInspection as updateInspectionRow, type FindingListRow, type InspectionRow,
} from '../../db/queries/supervision';
import { AppError, conflict, notFound } from '../contract/app-error';
import { ASSESSMENT_LABELS, type FindingView, type InspectionView } from '../contract/supervision';
import type { Ctx } from '../context';
import { recordAudit } from './audit';
import { inTransaction, nowIso } from './write';

export function toFindingView(row: FindingListRow): FindingView {
  return { ...row, assessment: row.assessment as FindingView['assessment'] };
}

function toInspectionView(db: Db, row: InspectionRow): InspectionView {
  return { ...row, findings: findingsOf(db, { inspectionId: row.id }).map(toFindingView) };
}

export function listInspections(db: Db, planId: number, month?: number): InspectionView[] {
  return inspectionsOfPlan(db, planId, month).map((row) => toInspectionView(db, row));
}

export function findingsOfItem(db: Db, itemId: number): FindingView[] {
  return findingsOf(db, { itemId }).map(toFindingView);
}

type InspectionFields = { month: number; title: string; date: string; inspector: string; scope: string };

/** A 督查 round for a month: date, inspector, scope; findings are added per item. */
export function createInspection(ctx: Ctx, input: InspectionFields & { planId: number }): InspectionView {
  return inTransaction(ctx, (tx) => {
    if (!getPlanRow(tx, input.planId)) throw notFound('该年度计划');
    const row = insertInspection(tx, input);
    recordAudit(tx, ctx, { action: 'inspection.create', entity: 'inspection', entityId: row.id, after: input });
    return toInspectionView(tx, row);
  });
}

/** Renames a round or corrects its month, date, inspector or scope. */
export function updateInspection(ctx: Ctx, input: InspectionFields & { id: number }): InspectionView {
  return inTransaction(ctx, (tx) => {
    const before = getInspection(tx, input.id);
    if (!before) throw notFound('该督查记录');
    const { id, ...values } = input;
    const row = updateInspectionRow(tx, id, values);
    recordAudit(tx, ctx, { action: 'inspection.update', entity: 'inspection', entityId: id, before, after: values });
    return toInspectionView(tx, row);
  });
}

/**
 * Removes a round created by mistake. One with findings goes only when the caller confirmed that the
 * findings go too; they are kept in the audit event.
 */
export function deleteInspection(ctx: Ctx, input: { id: number; withFindings: boolean }): { ok: true } {
  return inTransaction(ctx, (tx) => {
    const before = getInspection(tx, input.id);
    if (!before) throw notFound('该督查记录');
    const findings = findingsOf(tx, { inspectionId: input.id });
    if (findings.length > 0 && !input.withFindings)
      throw conflict(`该督查有 ${findings.length} 条督查意见，确认一并删除后才能删除`);
    deleteInspectionRow(tx, input.id);
    recordAudit(tx, ctx, { action: 'inspection.delete', entity: 'inspection', entityId: input.id, before: { ...before, findings } });
    return { ok: true as const };
  });
}

export function addFinding(
  ctx: Ctx,
  input: { inspectionId: number; itemId: number; assessment: FindingView['assessment']; problem: string; requirement: string; rectifyBy: string | null },
): FindingView {
  return inTransaction(ctx, (tx) => {
    const round = getInspection(tx, input.inspectionId);
    if (!round) throw notFound('该督查记录');
    const item = getItemListRow(tx, input.itemId);
    if (!item) throw notFound('该事项');
    if (item.planId !== round.planId) throw new AppError('BAD_INPUT', '该事项不属于本次督查的年度计划');
    const row = insertFinding(tx, input);
    recordAudit(tx, ctx, {
      action: 'finding.add', entity: 'item', entityId: input.itemId,
      after: { inspectionId: input.inspectionId, assessment: ASSESSMENT_LABELS[input.assessment], problem: input.problem, requirement: input.requirement, rectifyBy: input.rectifyBy },
    });
    return toFindingView(findingsOf(tx, { id: row.id })[0]);
  });
}

/** Records 整改情况; closing marks the finding rectified (it cannot be reopened, only a new finding added). */
export function updateFindingRectification(ctx: Ctx, input: { id: number; rectification: string; close: boolean }): FindingView {
  return inTransaction(ctx, (tx) => {
    const [before] = findingsOf(tx, { id: input.id });
    if (!before) throw notFound('该督查意见');
    if (before.closedAt) throw new AppError('CONFLICT', '该督查意见已整改销号，不能再修改');
    updateFinding(tx, input.id, { rectification: input.rectification, ...(input.close ? { closedAt: nowIso(ctx) } : {}) });
    recordAudit(tx, ctx, { action: 'finding.update', entity: 'item', entityId: before.itemId, before: { rectification: before.rectification }, after: { rectification: input.rectification, closed: input.close } });
    return toFindingView(findingsOf(tx, { id: input.id })[0]);
  });
}
