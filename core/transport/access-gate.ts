import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { LedgerApp } from '../app';
import type { HttpEnv } from './http-env';
import { errorReply } from './http-reply';

export const TOKEN_COOKIE = 'ledger_token';
export const TOKEN_HEADER = 'x-ledger-token';
export const SESSION_COOKIE = 'ledger_session';

/**
 * How the server decides who may reach its API: on the machine itself (loopback) a per-run token printed
 * at start; on the office network (LAN) no token, but a signed-in session for everything except signing in.
 */
export type AccessMode = { kind: 'token'; token: string } | { kind: 'lan' };

/** The calls a browser on the LAN makes before anyone has signed in. First-run setup is not one of them. */
export const LAN_SIGN_IN_METHODS: ReadonlySet<string> = new Set(['app.info', 'auth.status', 'auth.login', 'auth.logout']);

export const TOKEN_REFUSED = '访问令牌无效：请使用启动时打印的地址重新打开';
export const SETUP_REFUSED = '局域网上不能创建管理员，请在运行台账的电脑上创建';
export const SESSION_REQUIRED = '尚未登录或登录已超时，请重新登录';

export function sameToken(a: string | undefined | null, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Guards /api, /upload and /files. `methodOf` names the contract method of an /api request (null for
 * the other routes). The dispatch checks roles again behind this; the gate keeps an anonymous LAN client
 * away from every call that is not part of signing in.
 */
export function accessGate(app: LedgerApp, mode: AccessMode, methodOf: (path: string) => string | null): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    if (mode.kind === 'token') {
      const presented = c.req.header(TOKEN_HEADER) ?? getCookie(c, TOKEN_COOKIE);
      if (!sameToken(presented, mode.token)) return errorReply(c, 'UNAUTHENTICATED', TOKEN_REFUSED);
      return next();
    }
    const method = methodOf(c.get('decodedPath'));
    if (method === 'auth.setup') return errorReply(c, 'FORBIDDEN', SETUP_REFUSED);
    if (method !== null && LAN_SIGN_IN_METHODS.has(method)) return next();
    const session = getCookie(c, SESSION_COOKIE);
    // Only checked here; the dispatch decides whether the call extends the session.
    if (!session || app.sessions.peek(session) === null) return errorReply(c, 'UNAUTHENTICATED', SESSION_REQUIRED);
    return next();
  };
}
