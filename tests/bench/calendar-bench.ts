// `npm run bench`: times the reads the office uses every day on a large ledger (100k items by default).
// Not a test: it prints numbers for the notes; run it on an idle machine.
import { performance } from 'node:perf_hooks';
import { createLedgerApp } from '../../core/app';
import { CLI_ACTOR } from '../../core/context';
import { tempDir } from '../helpers/temp-ledger';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);

async function main() {
  const app = createLedgerApp(tempDir('ledger-bench-'), { clock: () => new Date('2023-06-15T04:00:00Z') });
  const call = async (method: string, input: unknown) => {
    const envelope = await app.call(method, input, CLI_ACTOR);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.data as any;
  };
  const { id: planId } = await call('plans.create', { year: 2023, title: '压力测试计划', organization: '校团委' });
  const persons: number[] = [];
  for (let i = 0; i < 40; i++) persons.push((await call('persons.create', { name: `责任人${i}` })).id);

  // Bulk rows straight into SQLite (the app's own write path would take minutes for 100k items).
  const t0 = performance.now();
  const db = app.store.sqlite;
  const statuses = ['not_started', 'in_progress', 'pending_review', 'done', 'cancelled', 'returned'];
  const insertItem = db.prepare('INSERT INTO item (plan_id, seq, content, start_month, end_month, year_round, status) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertOwner = db.prepare('INSERT INTO item_owner (item_id, person_id, role, ordinal) VALUES (?, ?, ?, ?)');
  const insertProgress = db.prepare("INSERT INTO progress_entry (item_id, date, text, percent, author) VALUES (?, '2023-05-20', '阶段进展', ?, '文员')");
  db.transaction(() => {
    for (let i = 0; i < ITEMS; i++) {
      const start = 2 + (i % 11);
      const yearRound = i % 50 === 0 ? 1 : 0;
      const id = Number(insertItem.run(planId, i + 1, `第${i}项 开展主题团日活动 青年大学习 ${i % 97}`, yearRound ? null : start, yearRound ? null : Math.min(12, start + (i % 3 === 0 ? 1 : 0)), yearRound, statuses[i % 6]).lastInsertRowid);
      insertOwner.run(id, persons[i % 40], 'lead', 0);
      if (i % 3 === 0) insertOwner.run(id, persons[(i + 7) % 40], 'assist', 1);
      if (i % 4 === 0) insertProgress.run(id, i % 100);
    }
  })();
  console.log(`generated ${ITEMS} items in ${(performance.now() - t0).toFixed(0)} ms`);

  const time = async (label: string, run: () => Promise<unknown>, repeat = 3) => {
    const samples: number[] = [];
    let result: unknown;
    for (let i = 0; i < repeat; i++) {
      const s = performance.now();
      result = await run();
      samples.push(performance.now() - s);
    }
    console.log(`${label.padEnd(42)} median ${samples.sort((a, b) => a - b)[Math.floor(repeat / 2)].toFixed(1)} ms`);
    return result;
  };
  await time('dashboard.get (whole plan)', () => call('dashboard.get', { planId }));
  await time('items.search text, page 1 of 50', () => call('items.search', { planId, text: '青年大学习 42' }));
  await time('items.search owner + month, page 1', () => call('items.search', { planId, personId: persons[5], month: 7 }));
  await time('items.search no filter, page 1000', () => call('items.search', { planId, offset: 50_000, limit: 50 }));
  await time('items.month (June)', () => call('items.month', { planId, month: 6 }));
  app.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
