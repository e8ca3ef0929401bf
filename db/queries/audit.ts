import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { cachedQuery } from '../statements';
import { auditEvent } from '../schema';

export type AuditRow = typeof auditEvent.$inferSelect;
export type NewAuditRow = typeof auditEvent.$inferInsert;

export function lastAuditHash(db: Db): string | null {
  const row = cachedQuery(db, 'last audit hash', (d) => d.select({ hash: auditEvent.hash }).from(auditEvent).orderBy(desc(auditEvent.id)).limit(1).prepare()).get();
  return row?.hash ?? null;
}

export function insertAuditEvent(db: Db, row: NewAuditRow): void {
  const insert = cachedQuery(db, 'insert audit event', (d) =>
    d.insert(auditEvent).values({
      at: sql.placeholder('at'), userId: sql.placeholder('userId'), actor: sql.placeholder('actor'), action: sql.placeholder('action'),
      entity: sql.placeholder('entity'), entityId: sql.placeholder('entityId'), before: sql.placeholder('before'), after: sql.placeholder('after'),
      client: sql.placeholder('client'), prevHash: sql.placeholder('prevHash'), hash: sql.placeholder('hash'),
    }).prepare(),
  );
  insert.run({ userId: null, entityId: null, before: null, after: null, client: null, ...row });
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
