import type { Tx } from '../../db/client';
import { personExists } from '../../db/queries/persons';
import { getSectionRow } from '../../db/queries/plans';
import { replaceOwners, updateItem as updateItemRow } from '../../db/queries/items';
import { AppError, notFound } from '../contract/app-error';
import type { BulkChange, BulkResult, ItemDetail } from '../contract/item';
import type { Ctx } from '../context';
import type { OwnerRole } from '../domain/roles';
import { recordAudit } from './audit';
import { getItem } from './items';
import { readScope } from './read-scope';
import { applyTransition } from './workflow';
import { inTransaction, nowIso } from './write';

type Owner = { personId: number; role: OwnerRole };
type OwnersChange = Extract<BulkChange, { kind: 'owners' }>;

/** The owners an item ends up with: the chosen ones, or its own with the chosen ones joining. */
export function ownersAfter(current: readonly Owner[], change: OwnersChange): Owner[] {
  const chosen: Owner[] = [
    ...(change.lead != null ? [{ personId: change.lead, role: 'lead' as const }] : []),
    ...change.assists.map((personId) => ({ personId, role: 'assist' as const })),
  ];
  if (change.mode === 'replace') return chosen;
  const chosenIds = new Set(chosen.map((o) => o.personId));
  const kept = current
    .filter((o) => !chosenIds.has(o.personId))
    .map((o) => (change.lead != null && o.role === 'lead' ? { ...o, role: 'assist' as const } : o));
  // A new 主办 goes first; new 协办 follow the owners already there.
  return change.lead != null ? [chosen[0], ...kept, ...chosen.slice(1)] : [...kept, ...chosen];
}

function label(item: ItemDetail): string {
  const text = item.content.length > 20 ? `${item.content.slice(0, 20)}…` : item.content;
  return item.seq != null ? `${item.seq}. ${text}` : text;
}

/** Checks what the change refers to, once for all items. */
function checkChange(tx: Tx, change: BulkChange): void {
  if (change.kind === 'owners')
    for (const personId of [change.lead, ...change.assists]) if (personId != null && !personExists(tx, personId)) throw notFound('所选责任人');
}

/** Applies the change to one item, recording it as that item's own event. */
function applyTo(tx: Tx, ctx: Ctx, before: ItemDetail, change: BulkChange): void {
  switch (change.kind) {
    case 'transition':
      return applyTransition(tx, ctx, { id: before.id, action: change.action, reason: '' });
    case 'owners': {
      const owners = ownersAfter(before.owners, change);
      replaceOwners(tx, before.id, owners);
      updateItemRow(tx, before.id, { updatedAt: nowIso(ctx) });
      return recordAudit(tx, ctx, { action: 'item.update', entity: 'item', entityId: before.id, before: { owners: before.owners }, after: { owners: getItem(readScope(ctx, tx), before.id).owners } });
    }
    case 'section': {
      if (change.sectionId != null && getSectionRow(tx, change.sectionId)?.planId !== before.planId)
        throw new AppError('BAD_INPUT', '所选分类不属于该事项的年度计划');
      updateItemRow(tx, before.id, { sectionId: change.sectionId, updatedAt: nowIso(ctx) });
      return recordAudit(tx, ctx, { action: 'item.update', entity: 'item', entityId: before.id, before: { sectionId: before.sectionId }, after: { sectionId: change.sectionId } });
    }
    case 'dueDate':
      updateItemRow(tx, before.id, { dueDate: change.dueDate, updatedAt: nowIso(ctx) });
      return recordAudit(tx, ctx, { action: 'item.update', entity: 'item', entityId: before.id, before: { dueDate: before.explicitDueDate }, after: { dueDate: change.dueDate } });
  }
}

/**
 * One change to many items in one transaction, one audit event per item. Items the change does not fit
 * (a 开始办理 on an item already under way, another plan's section) are left as they were and listed with
 * the reason; the others change.
 */
export function bulkChangeItems(ctx: Ctx, input: { ids: number[]; change: BulkChange }): BulkResult {
  return inTransaction(ctx, (tx) => {
    checkChange(tx, input.change);
    const scope = readScope(ctx, tx);
    const skipped: BulkResult['skipped'] = [];
    let changed = 0;
    for (const id of new Set(input.ids)) {
      const before = getItem(scope, id);
      try {
        tx.transaction((step) => applyTo(step, ctx, before, input.change));
        changed += 1;
      } catch (error) {
        if (!(error instanceof AppError) || error.code === 'FORBIDDEN') throw error;
        skipped.push({ id, label: label(before), reason: error.message });
      }
    }
    return { changed, skipped };
  });
}
