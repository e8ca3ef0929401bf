import { z } from 'zod';

export const ERROR_CODES = [
  'BAD_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_METHOD',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NEWER_DATABASE',
  'INTEGRITY',
  'TOO_LARGE',
  /** The disk (or the data folder's quota) is full: nothing was saved. */
  'DISK_FULL',
  /** Too many failed sign-ins: wait before the next try. */
  'THROTTLED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error shape every transport returns: a code for programs, a Chinese message for people. */
export const appErrorShape = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.unknown().optional(),
});
export type AppErrorShape = z.infer<typeof appErrorShape>;

export class AppError extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly details?: unknown) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what}不存在或已被删除`);
export const conflict = (message: string) => new AppError('CONFLICT', message);

/** What travels over IPC and HTTP: either the method's output or an AppError. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };
