import { latestAuditId } from '../../db/queries/audit';
import type { syncMethods } from '../contract/sync-methods';
import type { HandlersFor } from '../dispatch';

export const syncHandlers: HandlersFor<keyof typeof syncMethods> = {
  'data.revision': (_, ctx) => ({ revision: latestAuditId(ctx.store.orm) }),
};
