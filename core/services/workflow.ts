import type { Tx } from '../../db/client';
import { insertStatusChange } from '../../db/queries/history';
import { getItemListRow } from '../../db/queries/items';
import {
  decidePostponement, getPostponement, insertPostponement, insertProgress, insertVerification, liveAttachmentsOfItem,
  postponementsOfItem, setItemStatus, setTargetActual, type PostponementRow,
} from '../../db/queries/supervision';
import { AppError, conflict, notFound } from '../contract/app-error';
import type { ItemDetail } from '../contract/item';
import type { PostponementView, ProgressView } from '../contract/supervision';
import { actorOf, type Ctx } from '../context';
import { effectiveDueDate } from '../domain/months';
import { isClosed, STATUS_LABELS, type ItemStatus } from '../domain/status';
import { checkTransition, type WorkflowAction } from '../domain/workflow';
import { recordAudit } from './audit';
import { getItem } from './items';
import { readScope } from './read-scope';
import { getSettings } from './settings';
import { inTransaction, nowIso } from './write';

/** Sets an item's status and dates the change, so reports on past periods can read it back. */
function changeStatus(
  tx: Tx,
  change: { itemId: number; from: ItemStatus; to: ItemStatus; action: WorkflowAction | 'progress'; at: string },
  values: Parameters<typeof setItemStatus>[2] = {},
): void {
  setItemStatus(tx, change.itemId, { ...values, status: change.to, updatedAt: change.at });
  insertStatusChange(tx, { itemId: change.itemId, at: change.at, fromStatus: change.from, toStatus: change.to, action: change.action });
}

/** Moves an item along the workflow; verification and return also leave a 核验 record. */
export function transitionItem(ctx: Ctx, input: { id: number; action: WorkflowAction; reason: string }): ItemDetail {
  const actor = actorOf(ctx);
  return inTransaction(ctx, (tx) => {
    const row = getItemListRow(tx, input.id);
    if (!row) throw notFound('该事项');
    const from = row.status as ItemStatus;
    const check = checkTransition(from, input.action, actor.role, input.reason);
    if (!check.ok) throw new AppError(check.code, check.message);
    if (input.action === 'verify' && getSettings(tx).requireEvidenceToClose && liveAttachmentsOfItem(tx, input.id).length === 0)
      throw new AppError('CONFLICT', '该事项还没有佐证材料，不能销号。请先上传活动记录、照片、签到表或总结');
    const now = nowIso(ctx);
    changeStatus(tx, { itemId: input.id, from, to: check.to, action: input.action, at: now }, {
      statusNote: input.action === 'return' || input.action === 'cancel' ? input.reason : row.statusNote,
      ...(check.to === 'done' ? { completedAt: now, verifiedAt: now } : {}),
    });
    if (input.action === 'verify' || input.action === 'return')
      insertVerification(tx, { itemId: input.id, decision: input.action === 'verify' ? 'pass' : 'return', comment: input.reason, userId: actor.userId, actor: actor.name, at: now });
    recordAudit(tx, ctx, { action: `item.${input.action}`, entity: 'item', entityId: input.id, before: { status: from }, after: { status: check.to, reason: input.reason || undefined } });
    return getItem(readScope(ctx, tx), input.id);
  });
}

/**
 * Records dated progress and reached target values. Work recorded on an item not yet started, or
 * returned, means it is under way again.
 */
export function addProgress(
  ctx: Ctx,
  input: { itemId: number; date: string; text: string; percent: number | null; actuals: { targetId: number; actual: number }[] },
): ProgressView {
  const actor = actorOf(ctx);
  return inTransaction(ctx, (tx) => {
    const row = getItemListRow(tx, input.itemId);
    if (!row) throw notFound('该事项');
    const status = row.status as ItemStatus;
    if (isClosed(status)) throw conflict(`事项${STATUS_LABELS[status]}，不能再记录进展`);
    for (const { targetId, actual } of input.actuals)
      if (!setTargetActual(tx, targetId, input.itemId, actual)) throw new AppError('BAD_INPUT', '所填指标不属于该事项');
    const entry = insertProgress(tx, { itemId: input.itemId, date: input.date, text: input.text, percent: input.percent, userId: actor.userId, author: actor.name });
    if (status === 'not_started' || status === 'returned')
      changeStatus(tx, { itemId: input.itemId, from: status, to: 'in_progress', action: 'progress', at: nowIso(ctx) });
    recordAudit(tx, ctx, {
      action: 'progress.add', entity: 'item', entityId: input.itemId,
      after: { date: input.date, text: input.text, percent: input.percent, actuals: input.actuals.length ? input.actuals : undefined },
    });
    return { id: entry.id, itemId: entry.itemId, date: entry.date, text: entry.text, percent: entry.percent, author: entry.author, createdAt: entry.createdAt, attachments: [] };
  });
}

export function toPostponementView(row: PostponementRow): PostponementView {
  return { ...row, decision: row.decision as PostponementView['decision'] };
}

/** 延期申请: one open request per item; the item keeps its deadline until an adviser approves. */
export function requestPostponement(ctx: Ctx, input: { itemId: number; dueDate: string; reason: string }): PostponementView {
  const actor = actorOf(ctx);
  return inTransaction(ctx, (tx) => {
    const row = getItemListRow(tx, input.itemId);
    if (!row) throw notFound('该事项');
    if (isClosed(row.status as ItemStatus)) throw conflict('事项已关闭，无需延期');
    if (postponementsOfItem(tx, input.itemId).some((p) => p.decision === 'pending')) throw conflict('该事项已有待审批的延期申请');
    const current = effectiveDueDate(row.year, { startMonth: row.startMonth, endMonth: row.endMonth, yearRound: row.yearRound }, row.dueDate);
    if (input.dueDate <= current) throw new AppError('BAD_INPUT', `新的完成时限应晚于当前时限 ${current}`);
    const created = insertPostponement(tx, {
      itemId: input.itemId, previousDueDate: current, requestedDueDate: input.dueDate, reason: input.reason,
      requestedBy: actor.name, requestedAt: nowIso(ctx),
    });
    recordAudit(tx, ctx, { action: 'postponement.request', entity: 'item', entityId: input.itemId, after: { from: current, to: input.dueDate, reason: input.reason } });
    return toPostponementView(created);
  });
}

export function decidePostponementRequest(ctx: Ctx, input: { id: number; approve: boolean; comment: string }): PostponementView {
  const actor = actorOf(ctx);
  return inTransaction(ctx, (tx) => {
    const request = getPostponement(tx, input.id);
    if (!request) throw notFound('该延期申请');
    if (request.decision !== 'pending') throw conflict('该延期申请已审批');
    const decided = decidePostponement(tx, input.id, {
      decision: input.approve ? 'approved' : 'rejected', decisionComment: input.comment, decidedBy: actor.name, decidedAt: nowIso(ctx),
    });
    if (input.approve) setItemStatus(tx, request.itemId, { dueDate: request.requestedDueDate, updatedAt: nowIso(ctx) });
    recordAudit(tx, ctx, {
      action: input.approve ? 'postponement.approve' : 'postponement.reject', entity: 'item', entityId: request.itemId,
      before: { dueDate: request.previousDueDate }, after: { dueDate: input.approve ? request.requestedDueDate : request.previousDueDate, comment: input.comment || undefined },
    });
    return toPostponementView(decided);
  });
}
