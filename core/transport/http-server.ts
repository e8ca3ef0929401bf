import { createAdaptorServer } from '@hono/node-server';
import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LedgerApp } from '../app';
import type { AccessMode } from './access-gate';
import { onClientError } from './client-errors';
import { createHttpApp } from './http-app';
import { hostPort, reachableAddresses } from './lan-addresses';

export { SESSION_COOKIE, TOKEN_COOKIE, TOKEN_HEADER } from './access-gate';
export { CONTENT_SECURITY_POLICY } from './http-app';

export interface ServeOptions {
  port: number;
  /** Folder of the built renderer (index.html and assets/). */
  staticDir: string;
  /** Fixed token for tests; a random one per run otherwise (loopback mode only). */
  token?: string;
  /** Share on the office network: bind to this address, no token, sign-in required. */
  lan?: { host: string };
}

export interface RunningServer {
  /** The address to open: with the token in loopback mode, the plain page in LAN mode. */
  url: string;
  /** Every address the server answers at (LAN mode on 0.0.0.0: one per interface). */
  urls: string[];
  host: string;
  port: number;
  mode: AccessMode['kind'];
  /** The per-run token ('' in LAN mode). */
  token: string;
  close(): Promise<void>;
}

/**
 * Serve mode. Loopback (default): 127.0.0.1 only, a per-run token in the printed URL, kept in an HttpOnly
 * cookie afterwards. LAN (`lan.host`): the given address, no token; the login page and sign-in calls are
 * open, everything else needs a signed-in session. Either way requests naming another Host or Origin are
 * refused (DNS rebinding, cross-site pages).
 */
export function startHttpServer(app: LedgerApp, options: ServeOptions): Promise<RunningServer> {
  const access: AccessMode = options.lan ? { kind: 'lan' } : { kind: 'token', token: options.token ?? randomBytes(24).toString('base64url') };
  const host = options.lan?.host ?? '127.0.0.1';
  let allowedHosts: ReadonlySet<string> = new Set();
  const hono = createHttpApp(app, { access, staticDir: options.staticDir, allowedHosts: () => allowedHosts });
  const server = createAdaptorServer({ fetch: hono.fetch }) as http.Server;
  server.on('clientError', onClientError);

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const port = (server.address() as AddressInfo).port;
      const addresses = reachableAddresses(host);
      allowedHosts = new Set([...addresses.map((a) => hostPort(a, port)), ...(host === '127.0.0.1' || host === '0.0.0.0' ? [`localhost:${port}`] : [])]);
      const urls = addresses.map((a) => `http://${hostPort(a, port)}/`);
      resolve({
        url: access.kind === 'token' ? `${urls[0]}?token=${access.token}` : urls[0],
        urls,
        host,
        port,
        mode: access.kind,
        token: access.kind === 'token' ? access.token : '',
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}
