import { and, asc, desc, eq, gt } from 'drizzle-orm';
import type { Db } from '../client';
import { cachedStatement } from '../statements';
import { auditEvent } from '../schema';

export type AuditRow = typeof auditEvent.$inferSelect;
export type NewAuditRow = typeof auditEvent.$inferInsert;

// Every write appends one event: plain cached statements keep that cost near a raw insert's.
export function lastAuditHash(db: Db): string | null {
  const row = cachedStatement(db, 'SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined;
  return row?.hash ?? null;
}

const INSERT_AUDIT_EVENT = `
  INSERT INTO audit_event (at, user_id, actor, action, entity, entity_id, before, after, client, prev_hash, hash)
  VALUES (@at, @userId, @actor, @action, @entity, @entityId, @before, @after, @client, @prevHash, @hash)`;

export function insertAuditEvent(db: Db, row: NewAuditRow): void {
  cachedStatement(db, INSERT_AUDIT_EVENT).run({ userId: null, entityId: null, before: null, after: null, client: null, ...row });
}

export function auditEventsFor(db: Db, entity: string, entityId: number): AuditRow[] {
  return db
    .select()
    .from(auditEvent)
    .where(and(eq(auditEvent.entity, entity), eq(auditEvent.entityId, entityId)))
    .orderBy(asc(auditEvent.id))
    .all();
}

/** The newest event about one record (who changed it last). */
export function lastAuditEventFor(db: Db, entity: string, entityId: number): AuditRow | undefined {
  return db
    .select()
    .from(auditEvent)
    .where(and(eq(auditEvent.entity, entity), eq(auditEvent.entityId, entityId)))
    .orderBy(desc(auditEvent.id))
    .limit(1)
    .get();
}

/** The id of the newest event: every write records one, so it moves whenever any data changes. */
export function latestAuditId(db: Db): number {
  return db.select({ id: auditEvent.id }).from(auditEvent).orderBy(desc(auditEvent.id)).limit(1).get()?.id ?? 0;
}

/** Every event in chain order, one at a time (the chain can be long). */
export function* iterateAuditEvents(db: Db): Generator<AuditRow> {
  const batch = 2000;
  for (let after = 0; ; ) {
    const rows = db.select().from(auditEvent).where(gt(auditEvent.id, after)).orderBy(asc(auditEvent.id)).limit(batch).all();
    if (rows.length === 0) return;
    yield* rows;
    after = rows[rows.length - 1].id;
  }
}
