import { createHash } from 'node:crypto';
import type { Db } from '../../db/client';
import { auditEventsFor, insertAuditEvent, iterateAuditEvents, lastAuditHash } from '../../db/queries/audit';
import type { AuditView } from '../contract/audit';
import { actorWithClient } from '../domain/audit-text';
import { actorOf, LOCAL_CLIENT, type Actor, type Ctx } from '../context';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditFields {
  at: string;
  userId: number | null;
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  before: string | null;
  after: string | null;
  client: string | null;
}

/** Hash of one event: covers the previous hash and every recorded field, in a fixed order. */
export function auditHash(prevHash: string, e: AuditFields): string {
  const fields: unknown[] = [prevHash, e.at, e.userId, e.actor, e.action, e.entity, e.entityId, e.before, e.after];
  // Events from before addresses were recorded (and local ones) hash as they always did.
  if (e.client != null) fields.push(e.client);
  const canonical = JSON.stringify(fields);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Appends one event to the chain; call inside the write's transaction so both land or neither does. */
export function recordAudit(
  tx: Db,
  ctx: Ctx,
  event: { action: string; entity: string; entityId: number | null; before?: unknown; after?: unknown },
  actor: Actor = actorOf(ctx),
): void {
  const fields: AuditFields = {
    at: ctx.clock().toISOString(),
    userId: actor.userId,
    actor: actor.name,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    before: event.before === undefined ? null : JSON.stringify(event.before),
    after: event.after === undefined ? null : JSON.stringify(event.after),
    client: ctx.client === LOCAL_CLIENT ? null : ctx.client,
  };
  const prevHash = lastAuditHash(tx) ?? GENESIS_HASH;
  insertAuditEvent(tx, { ...fields, prevHash, hash: auditHash(prevHash, fields) });
}

export function listAudit(ctx: Ctx, entity: string, entityId: number): AuditView[] {
  return auditEventsFor(ctx.store.orm, entity, entityId).map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    client: row.client,
    before: row.before == null ? null : JSON.parse(row.before),
    after: row.after == null ? null : JSON.parse(row.after),
  }));
}

/** Walks the whole chain; the first event whose stored hashes do not match its content is named. */
export function verifyAuditChain(db: Db): { intact: boolean; count: number; brokenAt: number | null; message: string } {
  let prev = GENESIS_HASH;
  let count = 0;
  for (const row of iterateAuditEvents(db)) {
    count++;
    const expected = auditHash(prev, row);
    if (row.prevHash !== prev || row.hash !== expected)
      return { intact: false, count, brokenAt: row.id, message: `审计记录在第 ${row.id} 条处被改动（${row.at} ${actorWithClient(row.actor, row.client)} ${row.action}），其后的记录无法证明未被篡改` };
    prev = row.hash;
  }
  return { intact: true, count, brokenAt: null, message: `审计记录完整：共 ${count} 条，校验通过` };
}
