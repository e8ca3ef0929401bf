import type { lanMethods } from '../contract/lan-methods';
import type { HandlersFor } from '../dispatch';
import { configureLan, lanStatus } from '../services/lan-access';
import { endSession, listSessions } from '../services/session-admin';

/** One line per LAN-access method. */
export const lanHandlers: HandlersFor<keyof typeof lanMethods> = {
  'lan.status': (_, ctx) => lanStatus(ctx),
  'lan.configure': (input, ctx) => configureLan(ctx, input),
  'sessions.list': (_, ctx) => listSessions(ctx),
  'sessions.end': ({ id }, ctx) => endSession(ctx, id),
};
