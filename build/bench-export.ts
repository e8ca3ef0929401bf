// Export timings for the notes: the 督查台账 (.xlsx) and the 月度工作推进表 (.pdf) for the demo plan and
// for a generated 10k-item year (BENCH_EXPORT_ITEMS to change). Not a test; run it on an idle machine:
//   npx tsx build/bench-export.ts
// The generated year goes in through the db/queries layer (the app's write path, with an audit event per
// item, would take minutes and is not what is measured here).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLedgerApp, type LedgerApp } from '../core/app';
import { CLI_ACTOR } from '../core/context';
import { insertItem, replaceOwners } from '../db/queries/items';
import { insertProgress } from '../db/queries/supervision';

const YEAR_ITEMS = Number(process.env.BENCH_EXPORT_ITEMS ?? 10_000);
const CLOCK = () => new Date('2023-06-15T02:00:00Z');

const PHRASES = [
  '组织开展“学习二十大、永远跟党走、奋进新征程”主题团日活动',
  '做好团员发展、推优入党和团组织关系转接工作',
  '开展青年志愿者服务活动并做好活动总结和宣传报道',
  '举办校园科技文化艺术节系列活动，组织学生参加省级竞赛',
  '落实“青年大学习”每周学习任务，通报各团支部学习情况',
];

async function call(app: LedgerApp, method: string, input: unknown): Promise<any> {
  const envelope = await app.call(method, input, CLI_ACTOR);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.data;
}

function openApp(): LedgerApp {
  return createLedgerApp(fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-export-')), { clock: CLOCK });
}

/** A year of `count` items: spans over February–December, 1 in 25 year-round, owners and progress on some. */
async function generateYear(app: LedgerApp, count: number): Promise<number> {
  const { id: planId } = await call(app, 'plans.create', { year: 2023, title: '2023年度压力测试计划', organization: '校团委' });
  const persons: number[] = [];
  for (let k = 0; k < 30; k++) persons.push((await call(app, 'persons.create', { name: `责任人${k}` })).id);
  const statuses = ['not_started', 'in_progress', 'in_progress', 'pending_review', 'done', 'returned', 'cancelled'];
  app.store.orm.transaction((tx) => {
    for (let i = 0; i < count; i++) {
      const yearRound = i % 25 === 0;
      const start = 2 + (i % 11);
      const item = insertItem(tx, {
        planId,
        seq: (i % 400) + 1,
        content: `${PHRASES[i % PHRASES.length]}（第${i + 1}项）${i % 3 === 0 ? PHRASES[(i + 2) % PHRASES.length] : ''}`,
        yearRound,
        startMonth: yearRound ? null : start,
        endMonth: yearRound ? null : Math.min(12, start + (i % 4 === 0 ? 1 : 0)),
        status: statuses[i % statuses.length],
        notes: i % 10 === 0 ? '需学院团总支配合' : '',
      });
      replaceOwners(tx, item.id, [{ personId: persons[i % 30], role: 'lead' }, ...(i % 3 === 0 ? [{ personId: persons[(i + 7) % 30], role: 'assist' }] : [])]);
      if (i % 3 === 0) insertProgress(tx, { itemId: item.id, date: '2023-05-20', text: '已制定方案并完成第一阶段工作，正在推进后续安排。', percent: (i * 7) % 100, author: '文员' });
    }
  });
  return planId;
}

/** Runs an export twice: the first run includes loading exceljs/docx and starting Chromium. */
async function time(label: string, run: () => Promise<{ base64: string }>): Promise<void> {
  const ms: number[] = [];
  let file = { base64: '' };
  for (let k = 0; k < 2; k++) {
    const started = performance.now();
    file = await run();
    ms.push(performance.now() - started);
  }
  const kb = (Buffer.byteLength(file.base64, 'base64') / 1024).toFixed(0);
  console.log(`${label.padEnd(36)} first ${ms[0].toFixed(0).padStart(6)} ms, again ${ms[1].toFixed(0).padStart(6)} ms  ${kb.padStart(6)} KB`);
}

async function bench(label: string, app: LedgerApp, planId: number, month: number): Promise<void> {
  await time(`${label}: 督查台账 xlsx`, () => call(app, 'exports.ledger', { planId }));
  await time(`${label}: ${month}月工作推进表 pdf`, () => call(app, 'exports.month', { planId, month, format: 'pdf' }));
  await time(`${label}: ${month}月工作推进表 xlsx`, () => call(app, 'exports.month', { planId, month, format: 'xlsx' }));
}

async function main() {
  const demo = openApp();
  const { planId: demoPlan } = await call(demo, 'demo.load', {});
  await bench('demo (66 items)', demo, demoPlan, 3);
  demo.close();

  const big = openApp();
  const started = performance.now();
  const bigPlan = await generateYear(big, YEAR_ITEMS);
  console.log(`generated ${YEAR_ITEMS} items in ${(performance.now() - started).toFixed(0)} ms`);
  await bench(`${YEAR_ITEMS} items`, big, bigPlan, 6);
  big.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
