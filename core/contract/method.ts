import { z } from 'zod';

import type { Access } from '../domain/access';

export type { Access } from '../domain/access';

export interface MethodSpec<I extends z.ZodTypeAny = z.ZodTypeAny, O extends z.ZodTypeAny = z.ZodTypeAny> {
  access: Access;
  input: I;
  output: O;
}

export function method<I extends z.ZodTypeAny, O extends z.ZodTypeAny>(access: Access, input: I, output: O): MethodSpec<I, O> {
  return { access, input, output };
}
