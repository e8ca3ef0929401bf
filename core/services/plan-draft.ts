import type { Tx } from '../../db/client';
import { getPlanByYear, insertPlan, insertSection } from '../../db/queries/plans';
import { addOwners, addTargets, insertItem } from '../../db/queries/items';
import { conflict } from '../contract/app-error';
import { planDraft, type PlanDraft } from '../contract/draft';
import type { Ctx } from '../context';
import { recordAudit } from './audit';
import { ensurePerson } from './persons';

/**
 * Writes a whole new plan (sections, items, owners, targets) inside the caller's transaction.
 * Persons are matched by name and created when new. One audit event covers the load.
 */
export function writeNewPlan(tx: Tx, ctx: Ctx, input: unknown, action: string, options: { sample?: boolean } = {}): { planId: number; year: number } {
  const draft: PlanDraft = planDraft.parse(input);
  if (getPlanByYear(tx, draft.year)) throw conflict(`${draft.year}年度计划已存在，不能重复导入`);
  const plan = insertPlan(tx, { year: draft.year, title: draft.title, organization: draft.organization, isSample: options.sample ?? false });
  const sectionIds = new Map<string, number>();
  draft.sections.forEach((s, index) => sectionIds.set(s.title, insertSection(tx, { planId: plan.id, ordinal: index + 1, title: s.title }).id));
  for (const it of draft.items) {
    const sectionId = it.sectionTitle ? (sectionIds.get(it.sectionTitle) ?? null) : null;
    const id = insertItem(tx, {
      planId: plan.id, sectionId, seq: it.seq, content: it.content,
      yearRound: it.yearRound, startMonth: it.yearRound ? null : it.startMonth, endMonth: it.yearRound ? null : (it.endMonth ?? it.startMonth),
      isKey: it.isKey, dueDate: it.dueDate, cadence: it.cadence, notes: it.notes, source: it.source, sourceRef: it.sourceRef,
    });
    addOwners(tx, id, it.owners.map((o) => ({ personId: ensurePerson(tx, ctx, o.name), role: o.role })));
    addTargets(tx, id, it.targets);
  }
  recordAudit(tx, ctx, {
    action, entity: 'plan', entityId: plan.id,
    after: { year: draft.year, title: draft.title, sections: draft.sections.length, items: draft.items.length },
  });
  return { planId: plan.id, year: draft.year };
}
