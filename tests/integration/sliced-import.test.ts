import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestLedger, type TestLedger } from '../helpers/temp-ledger';

// A big import is one transaction written in slices: the event loop stays free, other calls wait and
// then see all of it or (after a failure) none of it.

const clock = () => new Date('2023-06-15T02:00:00Z');
let ledger: TestLedger;
afterEach(() => ledger?.close());

const draftOf = (count: number) => ({
  year: 2023,
  title: '2023年工作要点',
  items: Array.from({ length: count }, (_, i) => ({
    seq: i + 1, content: `第${i + 1}项 开展主题团日活动`, startMonth: 2 + (i % 11), endMonth: 2 + (i % 11), yearRound: false,
    owners: [{ name: `责任人${i % 30}`, role: 'lead' as const }],
  })),
});

describe('a big import', () => {
  it('gives the event loop back while it writes; a call made meanwhile sees all of it once it commits', async () => {
    ledger = openTestLedger({ clock });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    // Big enough to take several slices even now that a row costs little.
    let elapsed = 0;
    const started = performance.now();
    const commit = ledger.ok('imports.commit', { draft: draftOf(8000) }).finally(() => (elapsed = performance.now() - started));
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const meanwhile = ledger.ok('plans.list', {});
    const [result, plans] = await Promise.all([commit, meanwhile]);
    clearInterval(ticker);
    delay.disable();
    expect(result.added).toBe(8000);
    expect(plans.map((p) => p.itemCount)).toEqual([8000]);
    // Timers kept firing during the write: its longest stall is a slice, not the write (a single-transaction
    // write in one go would stall the loop for nearly all of it).
    expect(elapsed).toBeGreaterThan(150);
    expect(ticks).toBeGreaterThan(0);
    expect(delay.max / 1e6).toBeLessThan(elapsed * 0.6);
  });

  it('a failure part-way leaves nothing of it', async () => {
    ledger = openTestLedger({ clock });
    // The database refuses the 1000th item, as a full disk or a constraint would.
    ledger.app.store.sqlite.exec("CREATE TRIGGER refuse BEFORE INSERT ON item WHEN NEW.content = '第1000项 开展主题团日活动' BEGIN SELECT RAISE(ABORT, 'refused'); END");
    const reply = await ledger.raw('imports.commit', { draft: draftOf(1200) });
    expect(reply.ok).toBe(false);
    expect(await ledger.ok('plans.list', {})).toEqual([]);
    expect(await ledger.ok('persons.list', {})).toEqual([]);
    expect((await ledger.ok('audit.verify', {})).count).toBe(0);
  });
});
