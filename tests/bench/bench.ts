// `npm run bench`: the app's speed at 1k, 10k and 100k items (10k in the measured plan of the 100k
// ledger, ten plan-years), each operation side by side with its baseline in one run, printed as one
// table: operation × size → project time, baseline time, ratio. A benchmark, not a test (CI does not run
// it); numbers are medians, timings on a loaded machine are noisy — the CPU-time ratio is steadier.
//   BENCH_SIZES=1k,10k,100k  BENCH_SKIP=reads,create,imports,exports,pdf,startup,ui  npm run bench
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { createLedgerApp, type LedgerApp } from '../../core/app';
import { CLOCK, TODAY, call, makeLedger, personName, planDraft } from './ledger-gen';
import { median, sideBySide, timed, type Pair } from './measure';
import { rawReads, type RawRow } from './raw-reads';
import { firstPaintAfterStart, root, startupTimes } from './startup';
import { uiTimings } from './ui-timings';

const SIZES = { '1k': { items: 1_000, years: 1 }, '10k': { items: 10_000, years: 1 }, '100k': { items: 10_000, years: 10 } } as const;
type Size = keyof typeof SIZES;
const sizes = (process.env.BENCH_SIZES ?? '1k,10k,100k').split(',') as Size[];
const skip = new Set((process.env.BENCH_SKIP ?? '').split(','));

interface Line {
  op: string;
  size: string;
  project: string;
  baseline: string;
  ratio: string;
  cpuRatio?: string;
  note?: string;
}
const lines: Line[] = [];
const problems: string[] = [];
const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

function addPair(op: string, size: string, pair: Pair, note = ''): void {
  lines.push({
    op, size, project: ms(pair.project.wall), baseline: ms(pair.baseline.wall),
    ratio: (pair.project.wall / pair.baseline.wall).toFixed(2), cpuRatio: (pair.project.cpu / pair.baseline.cpu).toFixed(2), note,
  });
  console.error(`  ${op} @${size}: ${ms(pair.project.wall)} ms vs ${ms(pair.baseline.wall)} ms`);
}

function tempDir(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `ledger-bench-${tag}-`));
}

const ids = (rows: { id: number }[]) => rows.map((r) => r.id).join(',');
function check(what: string, same: boolean): void {
  if (!same) problems.push(what);
}

type Summary = { id: number };
type MonthView = { items: Summary[]; carried: Summary[]; keyTasks: Summary[] };
type BoardView = { columns: { items: Summary[] }[]; keyTasks: { items: Summary[] }[] };

async function reads(size: Size, app: LedgerApp, planId: number, person: number): Promise<void> {
  const raw = rawReads(app.store.sqlite, 2023, TODAY);
  const month = await call<MonthView>(app, 'items.month', { planId, month: 11 });
  const rawMonth = raw.month(planId, 11);
  check(`items.month @${size}: same items as the raw scope`, ['items', 'carried', 'keyTasks'].every((k) => ids(month[k as keyof MonthView]) === ids(rawMonth[k as keyof MonthView] as RawRow[])));
  addPair('items.month 11月 (all sections, 结转)', size, await sideBySide(() => call(app, 'items.month', { planId, month: 11 }), () => raw.month(planId, 11)));

  const board = await call<BoardView>(app, 'items.board', { planId });
  const onBoard = [...board.columns, ...board.keyTasks].flatMap((c) => c.items.map((i) => i.id)).sort((a, b) => a - b);
  check(`items.board @${size}: every item of the plan`, onBoard.join(',') === raw.plan(planId).map((r) => r.id).sort((a, b) => a - b).join(','));
  addPair('items.board (every card)', size, await sideBySide(() => call(app, 'items.board', { planId }), () => raw.plan(planId)));

  // What the pages ask for: a page of each month list, the first cards of each board column.
  const paged = await call<MonthView>(app, 'items.month', { planId, month: 11, pageSize: 20 });
  const rawFirst = raw.month(planId, 11);
  check(`items.month page @${size}: the first 20 of each list`, (['items', 'carried', 'keyTasks'] as const).every((k) => ids(paged[k]) === ids((rawFirst[k] as RawRow[]).slice(0, 20))));
  addPair('items.month 11月, page of 20 per list', size, await sideBySide(() => call(app, 'items.month', { planId, month: 11, pageSize: 20 }), () => raw.month(planId, 11, { offset: 0, limit: 60 })), 'baseline: first 60 rows of the scope');
  const capped = await call<BoardView>(app, 'items.board', { planId, perColumn: 10 });
  check(`items.board capped @${size}: the first 10 cards of each column`, [...capped.columns, ...capped.keyTasks].flatMap((c) => c.items.map((i) => i.id)).sort((a, b) => a - b).join(',') === raw.board(planId, 10).map((r) => r.id).sort((a, b) => a - b).join(','));
  addPair('items.board, 10 cards per column', size, await sideBySide(() => call(app, 'items.board', { planId, perColumn: 10 }), () => raw.board(planId, 10)));

  addPair('dashboard.get', size, await sideBySide(() => call(app, 'dashboard.get', { planId }), () => raw.dashboardFacts(planId)), 'baseline: reading the facts it counts');

  const search = await call<{ total: number; rows: Summary[] }>(app, 'items.search', { planId, text: '志愿者' });
  const rawSearch = raw.search(planId, '志愿者');
  check(`items.search @${size}: same total and page`, search.total === rawSearch.total && ids(search.rows) === ids(rawSearch.rows));
  addPair('items.search text, page 1 (50)', size, await sideBySide(() => call(app, 'items.search', { planId, text: '志愿者' }), () => raw.search(planId, '志愿者'), { batch: 5 }));

  const mine = await call<{ groups: { items: Summary[] }[] }>(app, 'persons.items', { personId: person, planId });
  check(`persons.items @${size}: same items`, mine.groups.flatMap((g) => g.items.map((i) => i.id)).sort((a, b) => a - b).join(',') === raw.person(planId, person).map((r) => r.id).sort((a, b) => a - b).join(','));
  addPair("persons.items (one person's items)", size, await sideBySide(() => call(app, 'persons.items', { personId: person, planId }), () => raw.person(planId, person)));
}

/** items.create against a raw insert of the same rows (item, two owners, a target) in its own transaction. */
async function createItems(size: Size, app: LedgerApp, planId: number, persons: number[]): Promise<void> {
  const db = app.store.sqlite;
  const item = db.prepare('INSERT INTO item (plan_id, seq, content, start_month, end_month, year_round, is_key, notes, source) VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?)');
  const owner = db.prepare('INSERT INTO item_owner (item_id, person_id, role, ordinal) VALUES (?, ?, ?, ?)');
  const target = db.prepare('INSERT INTO target (item_id, ordinal, label, comparator, value, unit) VALUES (?, 0, ?, ?, ?, ?)');
  let n = 0;
  const input = () => ({
    planId, seq: 900 + (n % 50), content: `新增事项：组织青年志愿者开展社区服务（${++n}）`, startMonth: 11, endMonth: 12,
    owners: [{ personId: persons[n % persons.length], role: 'lead' }, { personId: persons[(n + 3) % persons.length], role: 'assist' }],
    targets: [{ label: '服务人次', comparator: '>=', value: 200, unit: '人次' }],
  });
  const rawInsert = db.transaction((i: ReturnType<typeof input>) => {
    const id = item.run(i.planId, i.seq, i.content, i.startMonth, i.endMonth, '', 'plan').lastInsertRowid;
    i.owners.forEach((o, k) => owner.run(id, o.personId, o.role, k));
    for (const t of i.targets) target.run(id, t.label, t.comparator, t.value, t.unit);
  });
  addPair('items.create', size, await sideBySide(() => call(app, 'items.create', input()), () => rawInsert.immediate(input()), { batch: 20 }), 'baseline: item+owners+target, no audit');
}

/** A fresh ledger with the persons only, for the import timings. */
async function personsOnly(): Promise<LedgerApp> {
  const app = createLedgerApp(tempDir('import'), { clock: CLOCK });
  for (let k = 0; k < 40; k++) await call(app, 'persons.create', { name: personName(k) });
  return app;
}

async function imports(): Promise<void> {
  const app = await personsOnly();
  const db = app.store.sqlite;
  const persons = new Map((db.prepare('SELECT id, name FROM person').all() as { id: number; name: string }[]).map((p) => [p.name, p.id]));
  const plan = db.prepare("INSERT INTO plan (year, title, organization) VALUES (?, ?, '校团委')");
  const section = db.prepare('INSERT INTO section (plan_id, ordinal, title) VALUES (?, ?, ?)');
  const item = db.prepare(
    'INSERT INTO item (plan_id, section_id, seq, content, start_month, end_month, year_round, is_key, due_date, cadence, notes, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const owner = db.prepare('INSERT INTO item_owner (item_id, person_id, role, ordinal) VALUES (?, ?, ?, ?)');
  const target = db.prepare('INSERT INTO target (item_id, ordinal, label, comparator, value, unit) VALUES (?, ?, ?, ?, ?, ?)');
  const rawImport = db.transaction((draft: ReturnType<typeof planDraft>) => {
    const planId = plan.run(draft.year, draft.title).lastInsertRowid;
    const sections = new Map(draft.sections.map((s, k) => [s.title, section.run(planId, k + 1, s.title).lastInsertRowid]));
    for (const i of draft.items) {
      const id = item.run(planId, i.sectionTitle ? sections.get(i.sectionTitle) : null, i.seq, i.content, i.startMonth, i.endMonth, i.yearRound ? 1 : 0, i.isKey ? 1 : 0, i.dueDate, i.cadence, i.notes, i.source).lastInsertRowid;
      i.owners.forEach((o, k) => owner.run(id, persons.get(o.name), o.role, k));
      i.targets.forEach((t, k) => target.run(id, k, t.label, t.comparator, t.value, t.unit));
    }
  });
  let year = 2030;
  let rawYear = 2060;
  addPair(
    'imports.commit, new plan of 2,000 items', '—',
    await sideBySide(() => call(app, 'imports.commit', { draft: planDraft(year++, 2000) }), () => rawImport.immediate(planDraft(rawYear++, 2000)), { repeat: 5 }),
    'baseline: the same rows, raw inserts',
  );

  // Re-import: the same document with one item in ten reworded, over a plan of 1k and of 8k items.
  const reimport = async (count: number, planYear: number): Promise<number> => {
    await call(app, 'imports.commit', { draft: planDraft(planYear, count) });
    const samples: number[] = [];
    for (let variant = 1; variant <= 5; variant++) samples.push((await timed(() => call(app, 'imports.commit', { draft: planDraft(planYear, count, variant) }))).wall);
    return median(samples);
  };
  const one = await reimport(1_000, 2090);
  const eight = await reimport(8_000, 2091);
  lines.push({ op: 're-import (10% changed) 1k → 8k items', size: '1k / 8k', project: `${ms(one)} / ${ms(eight)}`, baseline: `8 × ${ms(one)} = ${ms(8 * one)}`, ratio: (eight / (8 * one)).toFixed(2), note: 'ratio 1 = linear' });
  app.close();
}

function child(mode: 'project' | 'baseline', dataDir: string, planId: number): { ms: number; peakMb: number; afterMb: number; bytes: number } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'tests', 'bench', 'export-child.ts'), mode, dataDir, String(planId)], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`export child (${mode}) failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}

function exportsOf(size: Size, dataDir: string, planId: number): void {
  const p: ReturnType<typeof child>[] = [];
  const b: ReturnType<typeof child>[] = [];
  for (let r = 0; r < 3; r++) {
    p.push(child('project', dataDir, planId));
    b.push(child('baseline', dataDir, planId));
  }
  const m = (runs: typeof p, key: 'ms' | 'peakMb' | 'afterMb') => median(runs.map((x) => x[key]));
  lines.push({ op: '督查台账 xlsx: time', size, project: ms(m(p, 'ms')), baseline: ms(m(b, 'ms')), ratio: (m(p, 'ms') / m(b, 'ms')).toFixed(2), note: `${(p[0].bytes / 1024).toFixed(0)} KB vs ${(b[0].bytes / 1024).toFixed(0)} KB` });
  lines.push({ op: '督查台账 xlsx: peak RSS (MB)', size, project: m(p, 'peakMb').toFixed(0), baseline: m(b, 'peakMb').toFixed(0), ratio: (m(p, 'peakMb') / m(b, 'peakMb')).toFixed(2), note: `RSS 3 s after: ${m(p, 'afterMb').toFixed(0)} vs ${m(b, 'afterMb').toFixed(0)} MB` });
}

/** Month PDFs of the sample plan: the first (browser start included) and the next ones, against a browser kept open. */
async function pdfs(): Promise<void> {
  const app = createLedgerApp(tempDir('pdf'), { clock: CLOCK });
  const { planId } = await call(app, 'demo.load', {});
  const { html } = await call<{ html: string }>(app, 'exports.preview', { form: 'month', planId, month: 3 });
  const project: number[] = [];
  for (let k = 0; k < 5; k++) project.push((await timed(() => call(app, 'exports.month', { planId, month: 3, format: 'pdf' }))).wall);
  const baseline: number[] = [];
  const t0 = performance.now();
  const browser = await chromium.launch({ executablePath: process.env.LEDGER_CHROMIUM ?? '/usr/bin/chromium', headless: true });
  for (let k = 0; k < 5; k++) {
    const started = k === 0 ? t0 : performance.now();
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.close();
    baseline.push(performance.now() - started);
  }
  await browser.close();
  app.close();
  lines.push({ op: '3月工作推进表 pdf (sample plan): first', size: '66', project: ms(project[0]), baseline: ms(baseline[0]), ratio: (project[0] / baseline[0]).toFixed(2), note: 'baseline: playwright-core, same HTML' });
  const next = (v: number[]) => median(v.slice(1));
  lines.push({ op: '3月工作推进表 pdf (sample plan): next', size: '66', project: ms(next(project)), baseline: ms(next(baseline)), ratio: (next(project) / next(baseline)).toFixed(2), note: 'baseline: browser kept open' });
}

/** The pages in a browser against the targets: first rows ≤ 500 ms after navigation, ≤ 5,000 elements. */
async function pages(size: Size, dir: string, personId: number): Promise<void> {
  for (const t of await uiTimings(dir, personId)) {
    lines.push({ op: `UI ${t.page}: first rows`, size, project: ms(t.firstRowsMs), baseline: '500', ratio: (t.firstRowsMs / 500).toFixed(2), note: 'baseline: the target' });
    lines.push({ op: `UI ${t.page}: elements`, size, project: String(t.elements), baseline: '5000', ratio: (t.elements / 5000).toFixed(2), note: `JS heap ${t.heapMb.toFixed(0)} MB` });
  }
}

function gzipKb(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file)).length / 1024;
}

/** The renderer build, if one exists: what index.html loads first, and everything. */
function bundleSizes(): void {
  const dir = path.join(root, 'dist', 'renderer');
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) return;
  const html = fs.readFileSync(index, 'utf8');
  const linked = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => path.join(dir, m[1]));
  const all = fs.readdirSync(path.join(dir, 'assets')).map((f) => path.join(dir, 'assets', f));
  const sum = (files: string[], ext: string) => files.filter((f) => f.endsWith(ext)).reduce((n, f) => n + gzipKb(f), 0);
  lines.push({ op: 'renderer JS loaded first (gzip KB)', size: '—', project: sum(linked, '.js').toFixed(0), baseline: '300', ratio: (sum(linked, '.js') / 300).toFixed(2), note: `all JS ${sum(all, '.js').toFixed(0)} KB gzip; baseline: the target` });
  lines.push({ op: 'renderer CSS loaded first (gzip KB)', size: '—', project: sum(linked, '.css').toFixed(0), baseline: '60', ratio: (sum(linked, '.css') / 60).toFixed(2), note: 'baseline: the target' });
}

function printTable(): void {
  const header: Line = { op: 'operation', size: 'size', project: 'project ms', baseline: 'baseline ms', ratio: 'ratio', cpuRatio: 'cpu ratio', note: 'note' };
  const rows = [header, ...lines];
  const width = (key: keyof Line) => Math.max(...rows.map((r) => [...(r[key] ?? '')].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
  const cell = (r: Line, key: keyof Line, right = false) => {
    const text = r[key] ?? '';
    const pad = ' '.repeat(width(key) - [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0));
    return right ? pad + text : text + pad;
  };
  console.log(`\nLeagueLedger bench ${new Date().toISOString()} · ${os.cpus().length} cores · load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (const r of rows)
    console.log(`| ${cell(r, 'op')} | ${cell(r, 'size')} | ${cell(r, 'project', true)} | ${cell(r, 'baseline', true)} | ${cell(r, 'ratio', true)} | ${cell(r, 'cpuRatio', true)} | ${cell(r, 'note')} |`);
  if (problems.length) console.log(`\nMISMATCH (project and baseline returned different rows):\n- ${problems.join('\n- ')}`);
}

async function main(): Promise<void> {
  let exportDir: { dir: string; planId: number } | undefined;
  for (const size of sizes) {
    const dir = tempDir(size);
    const app = createLedgerApp(dir, { clock: CLOCK });
    const started = performance.now();
    const ledger = await makeLedger(app, SIZES[size].items, SIZES[size].years);
    console.error(`${size}: ledger made in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (!skip.has('reads')) await reads(size, app, ledger.planId, ledger.persons[5]);
    if (!skip.has('create')) await createItems(size, app, ledger.planId, ledger.persons);
    app.close();
    if (!skip.has('ui') && size !== '1k') await pages(size, dir, ledger.persons[5]);
    if (size === '10k') exportDir = { dir, planId: ledger.planId };
  }
  if (!skip.has('imports')) await imports();
  if (exportDir && !skip.has('exports')) exportsOf('10k', exportDir.dir, exportDir.planId);
  if (!skip.has('pdf')) await pdfs();
  if (!skip.has('startup')) {
    const dir = tempDir('start');
    const app = createLedgerApp(dir, { clock: CLOCK });
    await call(app, 'demo.load', {});
    app.close();
    for (const s of await startupTimes(dir)) lines.push({ op: s.label, size: '66', project: ms(s.project), baseline: ms(s.baseline), ratio: (s.project / s.baseline).toFixed(2), note: 'baseline: plain node + better-sqlite3' });
    const paint = await firstPaintAfterStart(dir);
    lines.push({ op: 'npm start → first contentful paint', size: '66', project: ms(paint), baseline: '1000', ratio: (paint / 1000).toFixed(2), note: 'browser already open; baseline: the target' });
  }
  bundleSizes();
  printTable();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
