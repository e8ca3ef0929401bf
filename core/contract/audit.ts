import { z } from 'zod';
import { id } from './common';

export const auditQuery = z.object({ entity: z.string().min(1).max(40), entityId: id });
export const auditView = z.object({
  id,
  at: z.string(),
  actor: z.string(),
  client: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditView = z.infer<typeof auditView>;
