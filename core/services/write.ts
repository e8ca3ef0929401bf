import type { Tx } from '../../db/client';
import type { Ctx } from '../context';

/** Runs a write in one transaction: the change and its audit event land together or not at all. */
export function inTransaction<T>(ctx: Ctx, work: (tx: Tx) => T): T {
  return ctx.store.orm.transaction((tx) => work(tx), { behavior: 'immediate' });
}

export function nowIso(ctx: Ctx): string {
  return ctx.clock().toISOString();
}
