import { z } from 'zod';
import { empty } from './common';
import { method } from './method';

// Several people at once (the clerk's window, advisers' browsers): pages poll this cheap counter and
// re-read what they show when it moves.

export const syncMethods = {
  /** Moves with every write by anyone (it is the newest audit event's number). */
  'data.revision': method('read', empty, z.object({ revision: z.number().int() })),
};
