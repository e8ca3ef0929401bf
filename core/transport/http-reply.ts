import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Envelope, ErrorCode } from '../contract/app-error';
import { HTTP_STATUS } from './http-status';

/** A JSON reply that no cache keeps. */
export function jsonReply(c: Context, status: number, body: unknown): Response {
  return c.json(body, status as ContentfulStatusCode, { 'cache-control': 'no-store' });
}

/** The one error envelope, with the status its code maps to. */
export function errorReply(c: Context, code: ErrorCode, message: string): Response {
  return jsonReply(c, HTTP_STATUS[code], { ok: false, error: { code, message } } satisfies Envelope<never>);
}
