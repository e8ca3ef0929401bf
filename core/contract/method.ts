import { z } from 'zod';

import type { Access } from '../domain/access';

export type { Access } from '../domain/access';

export interface MethodSpec<I extends z.ZodTypeAny = z.ZodTypeAny, O extends z.ZodTypeAny = z.ZodTypeAny> {
  access: Access;
  input: I;
  output: O;
  /**
   * The handler builds its output field by field (item summaries, counts), so parsing it again proves
   * nothing new: on the hot read paths it is checked in tests and development only (core/output-check.ts).
   */
  builtOutput?: boolean;
}

export function method<I extends z.ZodTypeAny, O extends z.ZodTypeAny>(
  access: Access,
  input: I,
  output: O,
  options: { builtOutput?: boolean } = {},
): MethodSpec<I, O> {
  return { access, input, output, ...options };
}
