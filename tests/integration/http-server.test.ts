import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedgerApp, type LedgerApp } from '../../core/app';
import { startHttpServer, type RunningServer } from '../../core/transport/http-server';
import { rawRequest, type Reply } from '../helpers/raw-http';
import { tempDir } from '../helpers/temp-ledger';

let app: LedgerApp;
let server: RunningServer;
const TOKEN = 'test-token-123';

function request(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return rawRequest({ host: '127.0.0.1', port: server.port, path: pathname, ...options });
}

let cookies = `ledger_token=${TOKEN}`;
function apiCall(method: string, input: unknown, cookie = cookies) {
  return request(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(input) });
}

beforeAll(async () => {
  app = createLedgerApp(tempDir());
  server = await startHttpServer(app, { port: 0, staticDir: path.resolve(__dirname, '../fixtures/renderer'), token: TOKEN });
});
afterAll(async () => {
  await server.close();
  app.close();
});

describe('serve mode security', () => {
  it('binds to 127.0.0.1 and prints a URL carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TOKEN}`);
  });

  it('refuses foreign Host and Origin headers (DNS rebinding, cross-site pages)', async () => {
    expect((await request('/', { headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await apiCall('app.info', {}, cookies + '')).status).toBe(200);
    const cross = await request('/api/app.info', { method: 'POST', headers: { origin: 'http://evil.example', cookie: cookies, 'content-type': 'application/json' }, body: '{}' });
    expect(cross.status).toBe(403);
    expect(cross.json().error.message).toContain('来源不受信任');
  });

  it('requires the token for the API, and moves it from the URL into a cookie', async () => {
    const without = await apiCall('app.info', {}, '');
    expect(without.status).toBe(401);
    expect(without.json().error.message).toContain('访问令牌无效');
    expect((await request('/?token=wrong')).status).toBe(401);
    const entry = await request(`/?token=${TOKEN}`);
    expect(entry.status).toBe(302);
    expect(entry.headers.location).toBe('/');
    const tokenCookie = entry.headers['set-cookie']![0];
    expect(tokenCookie).toMatch(/^ledger_token=test-token-123;/);
    expect(tokenCookie.split('; ')).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict']));
  });

  it('serves the UI with a CSP, and never a file outside its folder', async () => {
    const page = await request('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body.toString()).toContain('测试页');
    const escape = await request('/../../package.json');
    expect(escape.body.toString()).not.toContain('league-ledger');
  });

  it('rejects non-JSON bodies, which stops simple cross-site form posts', async () => {
    const form = await request('/api/app.info', { method: 'POST', headers: { cookie: cookies, 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect(form.status).toBe(400);
  });
});

describe('serve mode sessions and evidence', () => {
  it('requires login, keeps the session in an HttpOnly cookie, and streams evidence in and out', async () => {
    expect((await apiCall('plans.list', {})).status).toBe(401);
    const setup = await apiCall('auth.setup', { username: 'admin', displayName: '管理员', password: 'long-enough-1' });
    expect(setup.status).toBe(200);
    expect(setup.json().data.session).toBe('');
    const sessionCookie = setup.headers['set-cookie']![0];
    expect(sessionCookie).toMatch(/^ledger_session=[^;]+;/);
    expect(sessionCookie.split('; ')).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict']));
    cookies += `; ${sessionCookie.split(';')[0]}`;
    expect((await apiCall('plans.list', {})).json()).toEqual({ ok: true, data: [] });

    const { planId } = (await apiCall('demo.load', {})).json().data;
    const item = (await apiCall('items.search', { planId, text: '挑战杯' })).json().data.rows[0];
    // The PNG signature: evidence is typed by its bytes.
    const photo = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const uploaded = await request('/upload', { method: 'POST', headers: { cookie: cookies, 'content-type': 'application/octet-stream' }, body: photo });
    const { sha256, size } = uploaded.json().data;
    expect(size).toBe(8);
    const added = (await apiCall('evidence.add', { itemId: item.id, sha256, originalName: '现场照片.png', mime: 'image/png' })).json().data;
    const file = await request(`/files/${added.id}`, { headers: { cookie: cookies } });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.body.equals(photo)).toBe(true);
    const download = await request(`/files/${added.id}?download`, { headers: { cookie: cookies } });
    expect(download.headers['content-disposition']).toBe(`attachment; filename="____.png"; filename*=UTF-8''${encodeURIComponent('现场照片.png')}`);

    // Without a session, neither upload nor download.
    expect((await request(`/files/${added.id}`, { headers: { cookie: `ledger_token=${TOKEN}` } })).status).toBe(401);
    expect((await request('/upload', { method: 'POST', headers: { cookie: `ledger_token=${TOKEN}` }, body: photo })).status).toBe(401);

    fs.writeFileSync(path.join(app.dataDir, 'attachments', sha256.slice(0, 2), sha256), 'tampered');
    const tampered = await request(`/files/${added.id}`, { headers: { cookie: cookies } });
    expect(tampered.status).toBe(409);
    expect(tampered.json().error.message).toContain('校验值不符');

    const logout = await apiCall('auth.logout', {});
    expect(logout.headers['set-cookie']?.[0]).toContain('Max-Age=0');
    expect((await apiCall('plans.list', {})).status).toBe(401);
  });
});
