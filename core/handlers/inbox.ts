import type { inboxMethods } from '../contract/inbox-methods';
import type { HandlersFor } from '../dispatch';
import { inboxOf } from '../services/inbox';
import { readScope } from '../services/read-scope';
import { actorOf } from '../context';

/** One line per inbox method, each delegating to a domain service. */
export const inboxHandlers: HandlersFor<keyof typeof inboxMethods> = {
  'inbox.get': (_, ctx) => inboxOf(readScope(ctx), actorOf(ctx)),
};
