import { beginWrite, commitWrite, rollbackWrite } from '../../db/write-transaction';
import type { Tx } from '../../db/client';
import type { Ctx } from '../context';
import { runSliced, type Steps } from './steps';

// A write too big to run in one go without holding up every other user (a 10,000-item import takes
// seconds): still one transaction, all or nothing, but written in slices of a few dozen milliseconds with
// the event loop free in between. Other calls wait at the gate meanwhile, answered as soon as it commits,
// so none of them reads half of it or writes into it.

const SLICE_MS = 40;

export function inSlicedTransaction<T>(ctx: Ctx, work: (tx: Tx) => Steps<T>): Promise<T> {
  return ctx.host.exclusive(async () => {
    const { sqlite, orm } = ctx.store;
    beginWrite(sqlite);
    try {
      // Inside the open transaction the connection itself is the transaction.
      const result = await runSliced(work(orm as unknown as Tx), SLICE_MS);
      commitWrite(sqlite);
      return result;
    } catch (error) {
      rollbackWrite(sqlite);
      throw error;
    }
  });
}
