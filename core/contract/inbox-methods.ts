import { empty } from './common';
import { inboxView } from './inbox';
import { method } from './method';

/** 待办: what waits for the signed-in user, across every plan. */
export const inboxMethods = {
  'inbox.get': method('read', empty, inboxView),
};
