import type { Db } from '../../db/client';
import {
  countPlanItems, deletePlan as deletePlanRow, earliestStartMonth, deleteSection as deleteSectionRow, getPlanByYear, getPlanRow,
  getSectionRow, insertPlan, insertSection, listPlanRows, nextSectionOrdinal, sectionsOfPlan, updatePlan as updatePlanRow,
  updateSection as updateSectionRow, type PlanRow,
} from '../../db/queries/plans';
import { conflict, notFound } from '../contract/app-error';
import type { PlanInput, PlanView, SectionView } from '../contract/plan';
import type { Ctx } from '../context';
import { planFirstMonth } from '../domain/plan-months';
import { recordAudit } from './audit';
import { backupBeforeChange } from './backups';
import { inTransaction, nowIso } from './write';

function toView(db: Db, row: PlanRow, itemCount = countPlanItems(db, row.id), earliest = earliestStartMonth(db, row.id)): PlanView {
  return {
    id: row.id, year: row.year, title: row.title, organization: row.organization, isSample: row.isSample, itemCount,
    firstMonth: planFirstMonth(earliest),
    sections: sectionsOfPlan(db, row.id).map(({ id, planId, ordinal, title }) => ({ id, planId, ordinal, title })),
  };
}

export function listPlans(db: Db): PlanView[] {
  return listPlanRows(db).map((row) => toView(db, row, row.itemCount, row.earliestStartMonth));
}

export function getPlan(db: Db, id: number): PlanView {
  const row = getPlanRow(db, id);
  if (!row) throw notFound('该年度计划');
  return toView(db, row);
}

function ensureYearFree(db: Db, year: number, exceptId?: number): void {
  const existing = getPlanByYear(db, year);
  if (existing && existing.id !== exceptId) throw conflict(`${year}年度计划已存在，每个年度只能有一份计划`);
}

export function createPlan(ctx: Ctx, input: PlanInput): PlanView {
  return inTransaction(ctx, (tx) => {
    ensureYearFree(tx, input.year);
    const view = toView(tx, insertPlan(tx, input));
    recordAudit(tx, ctx, { action: 'plan.create', entity: 'plan', entityId: view.id, after: input });
    return view;
  });
}

export function updatePlan(ctx: Ctx, input: PlanInput & { id: number }): PlanView {
  return inTransaction(ctx, (tx) => {
    const before = getPlan(tx, input.id);
    ensureYearFree(tx, input.year, input.id);
    const { id, ...values } = input;
    const view = toView(tx, updatePlanRow(tx, id, { ...values, updatedAt: nowIso(ctx) }));
    recordAudit(tx, ctx, { action: 'plan.update', entity: 'plan', entityId: id, before, after: values });
    return view;
  });
}

/** Deleting a plan takes all its items and their history: a backup is taken first, or nothing is deleted. */
export async function deletePlan(ctx: Ctx, id: number): Promise<{ ok: true }> {
  getPlan(ctx.store.orm, id);
  await backupBeforeChange(ctx, 'before-plan-delete', '删除');
  return inTransaction(ctx, (tx) => {
    const before = getPlan(tx, id);
    deletePlanRow(tx, id);
    recordAudit(tx, ctx, { action: 'plan.delete', entity: 'plan', entityId: id, before });
    return { ok: true as const };
  });
}

export function createSection(ctx: Ctx, input: { planId: number; title: string }): SectionView {
  return inTransaction(ctx, (tx) => {
    if (!getPlanRow(tx, input.planId)) throw notFound('该年度计划');
    const row = insertSection(tx, { ...input, ordinal: nextSectionOrdinal(tx, input.planId) });
    recordAudit(tx, ctx, { action: 'section.create', entity: 'section', entityId: row.id, after: row });
    return row;
  });
}

export function updateSection(ctx: Ctx, input: { id: number; title: string; ordinal?: number }): SectionView {
  return inTransaction(ctx, (tx) => {
    const before = getSectionRow(tx, input.id);
    if (!before) throw notFound('该分类');
    const row = updateSectionRow(tx, input.id, { title: input.title, ordinal: input.ordinal ?? before.ordinal });
    recordAudit(tx, ctx, { action: 'section.update', entity: 'section', entityId: row.id, before, after: row });
    return row;
  });
}

/** Deleting a section keeps its items; they become unsectioned. */
export function deleteSection(ctx: Ctx, id: number): { ok: true } {
  return inTransaction(ctx, (tx) => {
    const before = getSectionRow(tx, id);
    if (!before) throw notFound('该分类');
    deleteSectionRow(tx, id);
    recordAudit(tx, ctx, { action: 'section.delete', entity: 'section', entityId: id, before });
    return { ok: true as const };
  });
}
