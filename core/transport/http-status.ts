import type { ErrorCode } from '../contract/app-error';

/** HTTP status for an AppError code; the body always carries the full envelope. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  CONFLICT: 409,
  NEWER_DATABASE: 409,
  INTEGRITY: 409,
  TOO_LARGE: 413,
  DISK_FULL: 507,
  THROTTLED: 429,
  INTERNAL: 500,
};
