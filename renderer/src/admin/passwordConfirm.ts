import { z } from 'zod';

type Typed = { password: string; confirm: string };

/** Adds the retyped password that only forms need, checked against the password. */
export function withPasswordConfirm<S extends { password: z.ZodString }>(schema: z.ZodObject<S>) {
  return schema
    .extend({ confirm: z.string() })
    .refine((v) => (v as Typed).password === (v as Typed).confirm, { path: ['confirm'], message: '两次输入的密码不一致' });
}
