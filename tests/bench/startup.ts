// Start-up as the office meets it: `npm start` (serve mode where Electron's program is absent) until
// the address is printed, and `npm run cli -- plans` until it exits — the commands package.json ships,
// run as npm runs them minus npm itself. Baselines: plain Node opening the same database and serving, or
// listing, the same thing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = { ...process.env, PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}` };

interface Spawned {
  /** Milliseconds from spawn until stdout showed `until` (or the exit, without one). */
  ms: number;
  out: string;
  /** Ends the command and everything it started. */
  stop(): void;
}

/** Runs a shell command until its stdout shows `until`, or until it exits when `until` is omitted. */
function spawnUntil(command: string, until?: RegExp): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, { cwd: root, env, shell: true, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const stop = () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
    };
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (until?.test(out)) resolve({ ms: performance.now() - started, out, stop });
    });
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => {
      if (!until && code === 0) resolve({ ms: performance.now() - started, out, stop });
      else if (!until || !until.test(out)) reject(new Error(`${command} exited ${code}: ${err || out}`));
    });
  });
}

async function spawnTimed(command: string, until?: RegExp): Promise<number> {
  const run = await spawnUntil(command, until);
  run.stop();
  return run.ms;
}

const script = (name: string) => (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>)[name];
const q = (s: string) => JSON.stringify(s);

const BASE_SERVE = (dbFile: string) =>
  `node -e ${q(`const D=require('better-sqlite3');const db=new D(${JSON.stringify(dbFile)});db.prepare('SELECT count(*) FROM plan').get();require('node:http').createServer((q,r)=>r.end('ok')).listen(0,'127.0.0.1',function(){console.log('http://127.0.0.1:'+this.address().port+'/')})`)}`;
const BASE_CLI = (dbFile: string) =>
  `node -e ${q(`const D=require('better-sqlite3');const db=new D(${JSON.stringify(dbFile)});console.table(db.prepare('SELECT year, title, organization, (SELECT count(*) FROM item i WHERE i.plan_id = plan.id) AS n FROM plan ORDER BY year').all())`)}`;

export interface StartupPair {
  label: string;
  project: number;
  baseline: number;
}

/** Medians of `repeat` alternating runs of each command and its baseline (after one warm-up run each). */
export async function startupTimes(dataDir: string, repeat = 5): Promise<StartupPair[]> {
  const dbFile = path.join(dataDir, 'ledger.db');
  const cases = [
    { label: 'npm start (serve): URL printed', project: `node build/start.mjs --data-dir ${q(dataDir)} --port 0`, until: /http:\/\/127\.0\.0\.1/, baseline: BASE_SERVE(dbFile) },
    { label: 'npm run cli -- plans', project: `${script('cli')} plans --data-dir ${q(dataDir)}`, until: undefined, baseline: BASE_CLI(dbFile) },
  ];
  const out: StartupPair[] = [];
  for (const c of cases) {
    await spawnTimed(c.project, c.until);
    await spawnTimed(c.baseline, c.until);
    const p: number[] = [];
    const b: number[] = [];
    for (let r = 0; r < repeat; r++) {
      p.push(await spawnTimed(c.project, c.until));
      b.push(await spawnTimed(c.baseline, c.until));
    }
    const median = (v: number[]) => v.sort((x, y) => x - y)[Math.floor(v.length / 2)];
    out.push({ label: c.label, project: median(p), baseline: median(b) });
  }
  return out;
}

/**
 * From `npm start` until the browser shows the app's first content (its first contentful paint): the
 * browser is already open, as the office's is. Median of `repeat` runs after one warm-up.
 */
export async function firstPaintAfterStart(dataDir: string, repeat = 5): Promise<number> {
  const browser = await chromium.launch({ executablePath: process.env.LEDGER_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const times: number[] = [];
  try {
    for (let r = 0; r <= repeat; r++) {
      const page = await browser.newPage();
      const spawnedAt = performance.timeOrigin + performance.now();
      const run = await spawnUntil(`node build/start.mjs --data-dir ${q(dataDir)} --port 0`, /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/);
      await page.goto(/http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(run.out)![0]);
      // Written as text: the bench runs under tsx, whose helpers a serialized function would carry along.
      const paintedAt = (await page.evaluate(`new Promise((resolve) => new PerformanceObserver((list) => {
        const fcp = list.getEntriesByName('first-contentful-paint')[0];
        if (fcp) resolve(performance.timeOrigin + fcp.startTime);
      }).observe({ type: 'paint', buffered: true }))`)) as number;
      if (r > 0) times.push(paintedAt - spawnedAt);
      await page.close();
      run.stop();
    }
  } finally {
    await browser.close();
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}
