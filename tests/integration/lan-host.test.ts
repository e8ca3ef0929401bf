import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLanHost } from '../../core/transport/lan-host';
import { openTestLedger, tempDir, type TestLedger } from '../helpers/temp-ledger';

// 设置 → 局域网访问: off by default, on and off from the settings, remembered across restarts; sessions
// listed with their addresses, and ended by an administrator.

const staticDir = path.resolve(__dirname, '../fixtures/renderer');
const opened: { ledger: TestLedger; host: ReturnType<typeof createLanHost> }[] = [];

function open(dataDir = tempDir()) {
  const ledger = openTestLedger({ dataDir });
  const host = createLanHost(ledger.app, staticDir);
  ledger.app.attachLan(host);
  opened.push({ ledger, host });
  return { ledger, host };
}

afterEach(async () => {
  for (const { ledger, host } of opened.splice(0)) {
    await host.stop();
    ledger.close();
  }
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.2', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe('LAN access from the settings', () => {
  it('is off by default, turns on at the chosen address with a QR code, and is on again after a restart', async () => {
    const { ledger, host } = open();
    expect(await ledger.ok('lan.status', {})).toMatchObject({ enabled: false, running: false, available: true, addresses: [] });

    const port = await freePort();
    const status = await ledger.ok('lan.configure', { enabled: true, host: '127.0.0.2', port });
    expect(status).toMatchObject({ enabled: true, running: true, error: null });
    expect(status.addresses.map((a) => a.url)).toEqual([`http://127.0.0.2:${port}/`]);
    expect(status.addresses[0].qrSvg).toMatch(/^<svg /);
    const page = await fetch(`http://127.0.0.2:${port}/`);
    expect(page.status).toBe(200);
    expect((await fetch(`http://127.0.0.2:${port}/api/plans.list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);

    await host.stop();
    ledger.close();
    opened.length = 0;
    const again = open(ledger.dataDir);
    await again.host.resume();
    expect(again.host.state()).toMatchObject({ running: true, urls: [`http://127.0.0.2:${port}/`] });

    const off = await again.ledger.ok('lan.configure', { enabled: false, host: '127.0.0.2', port });
    expect(off.running).toBe(false);
    await expect(fetch(`http://127.0.0.2:${port}/`)).rejects.toThrow();
  });

  it('says so when the port is taken', async () => {
    const { ledger } = open();
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.2', resolve));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const status = await ledger.ok('lan.configure', { enabled: true, host: '127.0.0.2', port });
      expect(status.running).toBe(false);
      expect(status.error).toBe(`端口 ${port} 已被其他程序占用，请换一个端口`);
    } finally {
      taken.close();
    }
  });

  it('is for administrators only', async () => {
    const { ledger } = open();
    await ledger.ok('users.create', { username: 'clerk', displayName: '陈雯', role: 'clerk', password: 'clerk-pass-1' });
    const signIn = await ledger.raw('auth.login', { username: 'clerk', password: 'clerk-pass-1' }, { session: null });
    const session = (signIn as { ok: true; data: { session: string } }).data.session;
    const refused = await ledger.raw('lan.configure', { enabled: true, host: '0.0.0.0', port: 4310 }, { session });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await ledger.raw('sessions.list', {}, { session })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('active sessions', () => {
  it('lists user, address and last seen; 结束 signs that session out', async () => {
    const { ledger } = open();
    await ledger.ok('users.create', { username: 'boss', displayName: '管理员', role: 'admin', password: 'admin-pass-1' });
    await ledger.ok('users.create', { username: 'teacher', displayName: '指导老师甲', role: 'adviser', password: 'teacher-pass-1' });
    const login = async (username: string, password: string, client: string) => {
      const reply = await ledger.raw('auth.login', { username, password }, { session: null, client });
      return { session: (reply as { ok: true; data: { session: string } }).data.session, client };
    };
    const admin = await login('boss', 'admin-pass-1', 'local');
    const teacher = await login('teacher', 'teacher-pass-1', '192.168.1.23');

    const list = await ledger.app.call('sessions.list', {}, admin);
    if (!list.ok) throw new Error(list.error.message);
    const rows = list.data as { id: string; userName: string; client: string; lastSeen: string; current: boolean }[];
    expect(rows.map((r) => [r.userName, r.client, r.current]).sort()).toEqual([
      ['指导老师甲', '192.168.1.23', false],
      ['管理员', 'local', true],
    ]);
    const target = rows.find((r) => r.userName === '指导老师甲')!;
    expect(await ledger.app.call('sessions.end', { id: target.id }, admin)).toEqual({ ok: true, data: { ok: true } });
    expect(await ledger.app.call('plans.list', {}, teacher)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await ledger.app.call('sessions.end', { id: target.id }, admin)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const audit = ledger.app.store.sqlite.prepare("SELECT actor, after FROM audit_event WHERE action = 'session.end'").all();
    expect(audit).toEqual([{ actor: '管理员', after: JSON.stringify({ user: '指导老师甲', client: '192.168.1.23' }) }]);
  });
});

