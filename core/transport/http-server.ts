import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LedgerApp } from '../app';
import type { Envelope } from '../contract/app-error';
import { toAppError } from '../dispatch';
import { MAX_JSON_BODY_BYTES, requestTooLargeMessage } from './body-limit';
import { handleFile, handleUpload } from './http-evidence';
import { readBody } from './request-body';
import { decodeRequestPath, rawPathOf } from './request-path';
import { sessionChangeOf, withoutSessionToken } from './session-binding';
import { HTTP_STATUS } from './http-status';
import { readStaticFile } from './static-files';

export const TOKEN_COOKIE = 'ledger_token';
export const TOKEN_HEADER = 'x-ledger-token';
export const SESSION_COOKIE = 'ledger_session';

// The same policy as the desktop window; antd injects its styles at run time.
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export interface ServeOptions {
  port: number;
  /** Folder of the built renderer (index.html and assets/). */
  staticDir: string;
  /** Fixed token for tests; a random one per run otherwise. */
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookie(req: http.IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendError(res: http.ServerResponse, code: keyof typeof HTTP_STATUS, message: string): void {
  sendJson(res, HTTP_STATUS[code], { ok: false, error: { code, message } } satisfies Envelope<never>);
}

/**
 * Serve mode: the contract over HTTP POST /api/<method>, evidence upload/download, and the built UI, on
 * 127.0.0.1 only. A per-run token (given in the printed URL, then kept in an HttpOnly cookie) guards every
 * route but the page itself; requests naming another Host or Origin are refused, which stops DNS
 * rebinding and cross-site pages. Signing in gives a second HttpOnly cookie, the login session.
 */
export function startHttpServer(app: LedgerApp, options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let allowedHosts = new Set<string>();

  async function api(req: http.IncomingMessage, res: http.ServerResponse, method: string, session: string | null) {
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return sendError(res, 'BAD_INPUT', '请求格式应为 JSON');
    const raw = await readBody(req);
    if (raw === null) {
      res.setHeader('connection', 'close');
      return sendError(res, 'TOO_LARGE', requestTooLargeMessage(MAX_JSON_BODY_BYTES));
    }
    let input: unknown;
    try {
      input = raw ? JSON.parse(raw) : {};
    } catch {
      return sendError(res, 'BAD_INPUT', '请求内容不是有效的 JSON');
    }
    const envelope = await app.call(method, input, { session, client: clientOf(req) });
    const change = sessionChangeOf(method, envelope);
    if (change) res.setHeader('set-cookie', sessionCookie('start' in change ? change.start : ''));
    sendJson(res, envelope.ok ? 200 : HTTP_STATUS[envelope.error.code], withoutSessionToken(method, envelope));
  }

  const server = http.createServer(async (req, res) => {
    try {
      const host = req.headers.host ?? '';
      const origin = req.headers.origin;
      if (!allowedHosts.has(host)) return sendError(res, 'FORBIDDEN', '拒绝访问：主机名不受信任');
      if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, '')))
        return sendError(res, 'FORBIDDEN', '拒绝访问：请求来源不受信任');
      const url = new URL(req.url ?? '/', `http://${host}`);
      const pathname = decodeRequestPath(rawPathOf(req.url ?? '/'));
      if (pathname === null) return sendError(res, 'BAD_INPUT', '请求地址无效（含有错误的百分号编码）');
      const route = pathname.split('/')[1];

      if (route === 'api' || route === 'upload' || route === 'files') {
        const presented = (req.headers[TOKEN_HEADER] as string | undefined) ?? cookie(req, TOKEN_COOKIE);
        if (!sameToken(presented, token)) return sendError(res, 'UNAUTHENTICATED', '访问令牌无效：请使用启动时打印的地址重新打开');
        const session = cookie(req, SESSION_COOKIE) || null;
        if (route === 'api') {
          if (req.method !== 'POST') return sendError(res, 'BAD_INPUT', '接口只接受 POST 请求');
          return await api(req, res, pathname.slice(5), session);
        }
        try {
          if (route === 'upload') {
            if (req.method !== 'POST') return sendError(res, 'BAD_INPUT', '上传只接受 POST 请求');
            return sendJson(res, 200, { ok: true, data: await handleUpload(app, session, req) });
          }
          const id = Number(pathname.split('/')[2]);
          if (!Number.isInteger(id) || id <= 0) return sendError(res, 'NOT_FOUND', '文件不存在');
          return await handleFile(app, session, id, url.searchParams.has('download'), res);
        } catch (error) {
          const shape = toAppError(error);
          if (shape.code === 'TOO_LARGE') res.setHeader('connection', 'close');
          return sendJson(res, HTTP_STATUS[shape.code], { ok: false, error: shape });
        }
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 'BAD_INPUT', '不支持的请求方法');
      const presentedInUrl = url.searchParams.get('token');
      if (presentedInUrl !== null) {
        if (!sameToken(presentedInUrl, token)) return sendError(res, 'UNAUTHENTICATED', '访问令牌无效：请使用启动时打印的地址重新打开');
        // Move the token from the address bar into a cookie, then drop it from the URL.
        res.writeHead(302, { 'set-cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`, location: rawPathOf(req.url ?? '/') });
        return res.end();
      }
      const file = readStaticFile(options.staticDir, pathname);
      if (!file) return sendError(res, 'NOT_FOUND', '界面文件缺失：请先运行 npm run build');
      res.writeHead(200, {
        'content-type': file.type,
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : file.body);
    } catch (error) {
      console.error('[serve] request failed', error);
      if (!res.headersSent) sendError(res, 'INTERNAL', '服务器内部错误');
      else res.end();
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}

/** The peer's address, for the sign-in throttle and the audit record. */
function clientOf(req: http.IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

function sessionCookie(value: string): string {
  return `${SESSION_COOKIE}=${value}; HttpOnly; SameSite=Strict; Path=/${value ? '' : '; Max-Age=0'}`;
}
