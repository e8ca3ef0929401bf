import { z } from 'zod';

/**
 * Who may call a method: 'public' needs no login; 'read' only looks; 'write' changes the plan's records;
 * 'verify' is an adviser's decision (核验/退回/延期审批); 'admin' manages accounts and settings. The dispatch
 * enforces it for every call, so a hidden button is never the only guard.
 */
export type Access = 'public' | 'read' | 'write' | 'verify' | 'admin';

export interface MethodSpec<I extends z.ZodTypeAny = z.ZodTypeAny, O extends z.ZodTypeAny = z.ZodTypeAny> {
  access: Access;
  input: I;
  output: O;
}

export function method<I extends z.ZodTypeAny, O extends z.ZodTypeAny>(access: Access, input: I, output: O): MethodSpec<I, O> {
  return { access, input, output };
}
