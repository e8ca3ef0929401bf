import type { MiddlewareHandler } from 'hono';
import { errorReply } from './http-reply';

/**
 * Refuses requests that name a Host or Origin the server was not bound under: a DNS-rebinding page
 * (its Host is the attacker's name) and cross-site pages (their Origin) never reach the ledger. The set is
 * read per request because the port is known only once the server listens.
 */
export function hostGuard(allowedHosts: () => ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const hosts = allowedHosts();
    if (!hosts.has(c.req.header('host') ?? '')) return errorReply(c, 'FORBIDDEN', '拒绝访问：主机名不受信任');
    const origin = c.req.header('origin');
    if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) return errorReply(c, 'FORBIDDEN', '拒绝访问：请求来源不受信任');
    await next();
  };
}
