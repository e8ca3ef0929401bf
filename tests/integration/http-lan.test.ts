import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../core/transport/http-server';
import { rawRequest, type Reply } from '../helpers/raw-http';
import { openTestLedger, type TestLedger } from '../helpers/temp-ledger';

// LAN mode: bound to 127.0.0.2 (a loopback address other than 127.0.0.1, as an office address would be),
// no token, sign-in required for everything but the login page and the sign-in calls.

const HOST = '127.0.0.2';
let now = new Date('2023-06-15T02:00:00Z').getTime();
const clock = () => new Date(now);
let ledger: TestLedger;
let server: RunningServer;

function request(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string } = {}): Promise<Reply> {
  return rawRequest({ host: HOST, port: server.port, path: pathname, ...options });
}

const api = (method: string, input: unknown, cookie = '', localAddress?: string) =>
  request(`/api/${method}`, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(input) });

async function signIn(username: string, password: string, localAddress?: string): Promise<string> {
  const reply = await api('auth.login', { username, password }, '', localAddress);
  expect(reply.status, JSON.stringify(reply.json())).toBe(200);
  return reply.headers['set-cookie']![0].split(';')[0];
}

beforeAll(async () => {
  ledger = openTestLedger({ clock });
  await ledger.ok('users.create', { username: 'admin', displayName: '管理员', role: 'admin', password: 'admin-pass-1' });
  await ledger.ok('users.create', { username: 'teacher', displayName: '指导老师甲', role: 'adviser', password: 'teacher-pass-1' });
  server = await startHttpServer(ledger.app, { port: 0, staticDir: path.resolve(__dirname, '../fixtures/renderer'), lan: { host: HOST } });
});
afterAll(async () => {
  await server.close();
  ledger.close();
});

describe('LAN mode', () => {
  it('prints the plain address: no token', () => {
    expect(server.mode).toBe('lan');
    expect(server.url).toBe(`http://${HOST}:${server.port}/`);
    expect(server.token).toBe('');
  });

  it('serves the login page without a token, with CSP, nosniff and no framing', async () => {
    const page = await request('/');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('测试页');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('refuses every API call without a session, in Chinese, except signing in', async () => {
    for (const method of ['plans.list', 'items.search', 'settings.get', 'users.list', 'backup.list']) {
      const reply = await api(method, {});
      expect(reply.status, method).toBe(401);
      expect(reply.json().error.message, method).toBe('尚未登录或登录已超时，请重新登录');
    }
    expect((await request('/files/1')).status).toBe(401);
    expect((await request('/upload', { method: 'POST', body: 'x' })).status).toBe(401);
    expect((await api('auth.status', {})).json()).toEqual({ ok: true, data: { setupNeeded: false, user: null } });
  });

  it('does not let the network create the administrator of a new ledger', async () => {
    const reply = await api('auth.setup', { username: 'intruder', displayName: '外来者', password: 'intruder-pass' });
    expect(reply.status).toBe(403);
    expect(reply.json().error.message).toBe('局域网上不能创建管理员，请在运行台账的电脑上创建');
  });

  it('a token in the address opens nothing', async () => {
    const reply = await request('/?token=anything');
    expect(reply.status).toBe(200);
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('refuses Host and Origin headers other than the bound address', async () => {
    expect((await request('/', { headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await request('/', { headers: { host: `127.0.0.1:${server.port}` } })).status).toBe(403);
    const cross = await request('/api/auth.status', { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'application/json' }, body: '{}' });
    expect(cross.status).toBe(403);
    const same = await request('/api/auth.status', { method: 'POST', headers: { origin: `http://${HOST}:${server.port}`, 'content-type': 'application/json' }, body: '{}' });
    expect(same.status).toBe(200);
  });

  it('signs in to an HttpOnly, SameSite=Strict cookie; the session ends after 30 idle minutes', async () => {
    const reply = await api('auth.login', { username: 'teacher', password: 'teacher-pass-1' });
    const cookie = reply.headers['set-cookie']![0];
    expect(cookie.split('; ')).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));
    expect(reply.json().data.session).toBe('');
    const session = cookie.split(';')[0];
    expect((await api('plans.list', {}, session)).status).toBe(200);
    now += 29 * 60_000;
    expect((await api('plans.list', {}, session)).status).toBe(200);
    now += 31 * 60_000;
    expect((await api('plans.list', {}, session)).status).toBe(401);
  });

  it('the session remembers the client address it signed in from', async () => {
    const session = await signIn('teacher', 'teacher-pass-1');
    const own = ledger.app.sessions.list().find((s) => s.id === ledger.app.sessions.idOf(session.split('=')[1]));
    expect(own).toMatchObject({ client: '127.0.0.1' });
  });
});

describe('LAN sign-in throttle', () => {
  it('20 wrong passwords from one address, then the right one: refused with the waiting message', async () => {
    const from = '127.0.0.9';
    const statuses: number[] = [];
    for (let k = 0; k < 20; k++) statuses.push((await api('auth.login', { username: 'admin', password: `wrong-${k}` }, '', from)).status);
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.slice(6)).toEqual(Array(14).fill(429));
    const right = await api('auth.login', { username: 'admin', password: 'admin-pass-1' }, '', from);
    expect(right.status).toBe(429);
    expect(right.json().error.message).toMatch(/^密码错误次数过多，请 \d+ 分钟后再试$/);
    expect(right.headers['set-cookie']).toBeUndefined();
  });

  it('the address is throttled whatever usernames it tries; another address is not', async () => {
    const from = '127.0.0.10';
    for (let k = 0; k < 6; k++) await api('auth.login', { username: `guess-${k}`, password: 'wrong-pass' }, '', from);
    const blocked = await api('auth.login', { username: 'teacher', password: 'teacher-pass-1' }, '', from);
    expect(blocked.status).toBe(429);
    expect((await api('auth.login', { username: 'teacher', password: 'teacher-pass-1' }, '', '127.0.0.11')).status).toBe(200);
  });
});
