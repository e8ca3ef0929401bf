import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import fs from 'node:fs';
import path from 'node:path';
import type { LedgerApp } from '../app';
import { toAppError } from '../dispatch';
import { accessGate, sameToken, SESSION_COOKIE, TOKEN_COOKIE, TOKEN_REFUSED, type AccessMode } from './access-gate';
import { MAX_JSON_BODY_BYTES, requestTooLargeMessage } from './body-limit';
import { clientAddress } from './client-address';
import { hostGuard } from './host-guard';
import { handleUpload, readEvidenceFile } from './http-evidence';
import type { HttpEnv } from './http-env';
import { errorReply, jsonReply } from './http-reply';
import { HTTP_STATUS } from './http-status';
import { readBody } from './request-body';
import { decodeRequestPath, rawPathOf } from './request-path';
import { sessionChangeOf, withoutSessionToken } from './session-binding';

// The same policy as the desktop window; antd injects its styles at run time.
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export interface HttpAppOptions {
  access: AccessMode;
  /** Folder of the built renderer (index.html and assets/). */
  staticDir: string;
  /** The Host values (and http:// Origins) the server answers to; read per request. */
  allowedHosts: () => ReadonlySet<string>;
}

const methodOf = (decoded: string) => (decoded.startsWith('/api/') ? decoded.slice(5) : null);

/**
 * The ledger over HTTP, for both modes: the contract as POST /api/<method>, evidence upload
 * (POST /upload) and download (GET /files/<id>), and the built UI. Every request is first checked for
 * its Host and Origin and a well-formed path; the API routes then pass the access gate (token or
 * session, see AccessMode); every reply carries nosniff, a CSP and frame-ancestors 'none'.
 */
export function createHttpApp(app: LedgerApp, options: HttpAppOptions): Hono<HttpEnv> {
  const http = new Hono<HttpEnv>();
  const gate = accessGate(app, options.access, methodOf);
  const sessionOf = (c: Context<HttpEnv>) => getCookie(c, SESSION_COOKIE) || null;

  http.onError((error, c) => {
    console.error('[serve] request failed', error);
    return errorReply(c, 'INTERNAL', '服务器内部错误');
  });
  http.use(
    secureHeaders({
      // Evidence files bring their own, stricter policy; it is kept.
      overwrite: false,
      contentSecurityPolicy: undefined,
      xContentTypeOptions: 'nosniff',
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
      originAgentCluster: false,
      xDownloadOptions: false,
      xDnsPrefetchControl: false,
      xPermittedCrossDomainPolicies: false,
      xXssProtection: false,
    }),
  );
  http.use(async (c, next) => {
    await next();
    if (!c.res.headers.has('content-security-policy')) c.res.headers.set('content-security-policy', CONTENT_SECURITY_POLICY);
  });
  http.use(hostGuard(options.allowedHosts));
  http.use(async (c, next) => {
    const decoded = decodeRequestPath(rawPathOf(c.env.incoming.url ?? '/'));
    if (decoded === null) return errorReply(c, 'BAD_INPUT', '请求地址无效（含有错误的百分号编码）');
    c.set('decodedPath', decoded);
    await next();
  });

  http.use('/api/*', gate);
  http.use('/upload', gate);
  http.use('/files/*', gate);

  http.all('/api/*', async (c) => {
    if (c.req.method !== 'POST') return errorReply(c, 'BAD_INPUT', '接口只接受 POST 请求');
    if (!(c.req.header('content-type') ?? '').startsWith('application/json')) return errorReply(c, 'BAD_INPUT', '请求格式应为 JSON');
    const raw = await readBody(c.env.incoming);
    if (raw === null) {
      c.header('connection', 'close');
      return errorReply(c, 'TOO_LARGE', requestTooLargeMessage(MAX_JSON_BODY_BYTES));
    }
    let input: unknown;
    try {
      input = raw ? JSON.parse(raw) : {};
    } catch {
      return errorReply(c, 'BAD_INPUT', '请求内容不是有效的 JSON');
    }
    const method = methodOf(c.get('decodedPath'))!;
    const client = clientAddress(c.env.incoming.socket.remoteAddress);
    const envelope = await app.call(method, input, { session: sessionOf(c), client });
    const change = sessionChangeOf(method, envelope);
    if (change) {
      const value = 'start' in change ? change.start : '';
      setCookie(c, SESSION_COOKIE, value, { httpOnly: true, sameSite: 'Strict', path: '/', ...(value ? {} : { maxAge: 0 }) });
    }
    return jsonReply(c, envelope.ok ? 200 : HTTP_STATUS[envelope.error.code], withoutSessionToken(method, envelope));
  });

  http.all('/upload', async (c) => {
    if (c.req.method !== 'POST') return errorReply(c, 'BAD_INPUT', '上传只接受 POST 请求');
    try {
      return jsonReply(c, 200, { ok: true, data: await handleUpload(app, sessionOf(c), c.env.incoming) });
    } catch (error) {
      return failure(c, error);
    }
  });

  http.get('/files/*', async (c) => {
    const id = Number(c.get('decodedPath').split('/')[2]);
    if (!Number.isInteger(id) || id <= 0) return errorReply(c, 'NOT_FOUND', '文件不存在');
    try {
      const file = await readEvidenceFile(app, sessionOf(c), id, c.req.query('download') !== undefined);
      return c.body(new Uint8Array(file.body), 200, file.headers);
    } catch (error) {
      return failure(c, error);
    }
  });

  http.all('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return errorReply(c, 'BAD_INPUT', '不支持的请求方法');
    const access = options.access;
    const presented = c.req.query('token');
    if (access.kind === 'token' && presented !== undefined) {
      if (!sameToken(presented, access.token)) return errorReply(c, 'UNAUTHENTICATED', TOKEN_REFUSED);
      // Move the token from the address bar into a cookie, then drop it from the URL.
      setCookie(c, TOKEN_COOKIE, access.token, { httpOnly: true, sameSite: 'Strict', path: '/' });
      return c.redirect(rawPathOf(c.env.incoming.url ?? '/'), 302);
    }
    await next();
  });

  const index = path.join(options.staticDir, 'index.html');
  const assetHeaders = (file: string) => ({
    'cache-control': file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  http.get(
    '*',
    serveStatic({
      root: options.staticDir,
      onFound: (file, c) => {
        for (const [k, v] of Object.entries(assetHeaders(file))) c.header(k, v);
      },
    }),
  );
  // Unknown paths are the client's routes: the page itself.
  http.get('*', async (c) => {
    if (!fs.existsSync(index)) return errorReply(c, 'NOT_FOUND', '界面文件缺失：请先运行 npm run build');
    return c.body(new Uint8Array(fs.readFileSync(index)), 200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
    });
  });
  return http;
}

function failure(c: Parameters<typeof errorReply>[0], error: unknown): Response {
  const shape = toAppError(error);
  if (shape.code === 'TOO_LARGE') c.header('connection', 'close');
  return jsonReply(c, HTTP_STATUS[shape.code], { ok: false, error: shape });
}

