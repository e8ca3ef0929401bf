import type { Envelope } from '../contract/app-error';

/**
 * What a call did to the caller's login session, for the transport to remember: a successful login or
 * first-run setup starts one (its token is in the result), a logout ends it. Both transports (HTTP
 * cookie, per-window IPC) keep the token outside the renderer's reach.
 */
export type SessionChange = { start: string } | { end: true } | null;

export function sessionChangeOf(method: string, envelope: Envelope<unknown>): SessionChange {
  if (method === 'auth.logout') return { end: true };
  if ((method === 'auth.login' || method === 'auth.setup') && envelope.ok) return { start: (envelope.data as { session: string }).session };
  return null;
}

/** The result as the renderer sees it: the session token never leaves the transport. */
export function withoutSessionToken(method: string, envelope: Envelope<unknown>): Envelope<unknown> {
  if (!envelope.ok || (method !== 'auth.login' && method !== 'auth.setup')) return envelope;
  const { session: _session, ...rest } = envelope.data as { session: string };
  return { ok: true, data: { ...rest, session: '' } };
}
