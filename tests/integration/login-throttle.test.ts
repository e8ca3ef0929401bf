import { afterEach, describe, expect, it } from 'vitest';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { iterateAuditEvents } from '../../db/queries/audit';
import { openTestLedger, type TestLedger } from '../helpers/temp-ledger';

// Sign-in throttling: per username and per client address, exponential, the same for unknown names.

let now = new Date('2023-06-15T02:00:00Z').getTime();
const clock = () => new Date(now);
let ledger: TestLedger;

afterEach(() => ledger?.close());

async function setUp() {
  now = new Date('2023-06-15T02:00:00Z').getTime();
  ledger = openTestLedger({ clock });
  await ledger.ok('users.create', { username: 'chenwen', displayName: '陈雯', role: 'clerk', password: 'right-pass-1' });
}

const login = (username: string, password: string, client = '10.0.0.5') => ledger.raw('auth.login', { username, password }, { session: null, client });

describe('sign-in throttle', () => {
  it('30 wrong passwords, then the right one: refused with the waiting message; after the wait, let in', async () => {
    await setUp();
    const codes: string[] = [];
    for (let k = 0; k < 30; k++) {
      const reply = await login('chenwen', `wrong-${k}`);
      codes.push(reply.ok ? 'ok' : reply.error.code);
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(new Set(codes.slice(5))).toEqual(new Set(['THROTTLED']));
    const right = await login('chenwen', 'right-pass-1');
    expect(right).toMatchObject({ ok: false, error: { code: 'THROTTLED', message: '密码错误次数过多，请 1 分钟后再试' } });

    now += 61_000;
    expect((await login('chenwen', 'right-pass-1')).ok).toBe(true);
  });

  it('the wait doubles with each further failure, and names the minutes left', async () => {
    await setUp();
    for (let k = 0; k < 5; k++) await login('chenwen', 'wrong');
    const waits: string[] = [];
    for (let k = 0; k < 3; k++) {
      now += 61 * 60_000; // past any wait so far, within the day that failures are remembered
      const reply = await login('chenwen', 'wrong');
      waits.push(!reply.ok ? reply.error.message : '');
    }
    expect(waits).toEqual([
      '用户名或密码错误。密码错误次数过多，请 2 分钟后再试',
      '用户名或密码错误。密码错误次数过多，请 4 分钟后再试',
      '用户名或密码错误。密码错误次数过多，请 8 分钟后再试',
    ]);
    now += 3 * 60_000;
    expect(await login('chenwen', 'right-pass-1')).toMatchObject({ ok: false, error: { message: '密码错误次数过多，请 5 分钟后再试' } });
  });

  it('counts per client address too: a guesser trying many usernames from one address is slowed', async () => {
    await setUp();
    for (let k = 0; k < 5; k++) await login(`nobody${k}`, 'wrong', '10.0.0.66');
    expect(await login('chenwen', 'right-pass-1', '10.0.0.66')).toMatchObject({ ok: false, error: { code: 'THROTTLED' } });
    // Another machine is not held up by that address, and the account itself has no failures.
    expect((await login('chenwen', 'right-pass-1', '10.0.0.7')).ok).toBe(true);
  });

  it('parallel guesses cannot slip past the limit', async () => {
    await setUp();
    const replies = await Promise.all(Array.from({ length: 12 }, (_, k) => login('chenwen', `guess-${k}`)));
    const codes = replies.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'THROTTLED')).toHaveLength(7);
  });

  it('records failed sign-ins in the audit chain, with the username and the client', async () => {
    await setUp();
    await login('chenwen', 'wrong', '192.168.1.20');
    await login('ghost', 'wrong', '192.168.1.21');
    const failures = [...iterateAuditEvents(ledger.app.store.orm)].filter((e) => e.action === 'auth.fail');
    expect(failures.map((e) => JSON.parse(e.after!))).toEqual([
      { username: 'chenwen', client: '192.168.1.20' },
      { username: 'ghost', client: '192.168.1.21' },
    ]);
    expect(failures[0].entityId).not.toBeNull();
    expect(failures[1].entityId).toBeNull();
    expect((await ledger.ok('audit.verify', {})).intact).toBe(true);
  });

  it('unknown and known usernames take the same work, and sign-ins do not stall other calls', async () => {
    await setUp();
    const timeOf = async (username: string, client: string) => {
      const started = performance.now();
      await login(username, 'wrong-pass', client);
      return performance.now() - started;
    };
    // Alternate, each from a fresh address so the throttle never answers early.
    const known: number[] = [];
    const unknown: number[] = [];
    for (let k = 0; k < 8; k++) {
      known.push(await timeOf('chenwen', `10.1.0.${k}`));
      unknown.push(await timeOf(`ghost${k}`, `10.2.0.${k}`));
      ledger.app.loginThrottle.succeeded('chenwen', 'x');
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    // Without the decoy an unknown name answers a thousand times faster; the bounds leave room for a busy machine.
    const oneHash = median(known);
    expect(median(unknown) / oneHash).toBeGreaterThan(0.33);
    expect(median(unknown) / oneHash).toBeLessThan(3);

    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    await Promise.all(Array.from({ length: 16 }, (_, k) => login(`user${k}`, 'wrong-pass', `10.3.0.${k}`)));
    delay.disable();
    // scrypt runs on the thread pool: 16 sign-ins at once would hold a synchronous event loop for 16 hashes.
    expect(delay.max / 1e6).toBeLessThan(Math.max(250, 4 * oneHash));
  });
});
