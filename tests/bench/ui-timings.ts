// The pages as the office meets them: serve mode on a bench ledger, the system's Chromium, and for each
// page the time from navigation (the address changing inside the running app) until its first rows are
// on screen, then the page's element count and JS heap once it has settled. Baseline: the targets.
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Page } from 'playwright-core';
import { TODAY } from './ledger-gen';
import { median } from './measure';
import { root } from './startup';

export interface UiTiming {
  page: string;
  firstRowsMs: number;
  elements: number;
  heapMb: number;
}

const URL_LINE = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/;

function serve(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'core/bin/serve.ts', '--data-dir', dataDir, '--port', '0', '--today', TODAY], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve mode did not start: ${out}`)), 60_000);
    const collect = (chunk: Buffer) => {
      out += chunk;
      const url = URL_LINE.exec(out)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
  });
}

/**
 * Navigates inside the app to `hash` and waits, frame by frame, until `selector` matches. Written as text:
 * the bench runs under tsx, whose helpers a serialized function would carry into the page.
 */
async function timeTo(page: Page, hash: string, selector: string): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const started = performance.now();
    window.location.hash = ${JSON.stringify(hash)};
    const check = () => {
      if (document.querySelector(${JSON.stringify(selector)})) resolve(performance.now() - started);
      else if (performance.now() - started > 120000) reject(new Error('no rows'));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`);
}

/** Waits until nothing is loading, then counts elements and (after a garbage collection) the JS heap. */
async function settled(page: Page): Promise<{ elements: number; heapMb: number }> {
  await page.evaluate(`new Promise((resolve) => {
    const started = performance.now();
    const check = () => {
      if (!document.querySelector('.ant-spin-spinning, .ant-skeleton') || performance.now() - started > 120000) resolve(null);
      else setTimeout(check, 50);
    };
    check();
  })`);
  await page.waitForTimeout(300);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  const elements = (await page.evaluate('document.getElementsByTagName("*").length')) as number;
  return { elements, heapMb: usedSize / 2 ** 20 };
}

const PAGES = (personId: number) => [
  { page: '月度 11月 (结转)', hash: '#/month/11', first: 'section[aria-label="本月事项"] .ant-table-row' },
  { page: '年度总览', hash: '#/board', first: '.period-column .item-card' },
  { page: '首页', hash: '#/home', first: '.dashboard-panel .ant-table-row' },
  { page: '事项查询', hash: '#/items', first: '.ant-table-row' },
  { page: '责任人的事项', hash: `#/persons/${personId}`, first: '.ant-table-row' },
];

/**
 * Each page `repeat` times (median), reached from a freshly loaded 设置 page.
 * The ledger's latest plan is the measured one.
 */
export async function uiTimings(dataDir: string, personId: number, repeat = 3): Promise<UiTiming[]> {
  const server = await serve(dataDir);
  const browser = await chromium.launch({
    executablePath: process.env.LEDGER_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    const origin = new URL(server.url).origin;
    await page.request.get(server.url);
    const status = (await (await page.request.post(`${origin}/api/auth.status`, { data: {} })).json()).data as { setupNeeded: boolean };
    const admin = { username: 'admin', displayName: '基准测试', password: 'bench-pass-2023' };
    if (status.setupNeeded) await page.request.post(`${origin}/api/auth.setup`, { data: admin });
    else await page.request.post(`${origin}/api/auth.login`, { data: { username: admin.username, password: admin.password } });
    // A fresh load before every navigation: nothing comes from the page's query cache.
    const fresh = async () => {
      await page.goto(`${origin}/#/settings`);
      await page.waitForSelector('.ant-layout', { timeout: 120_000 });
      await settled(page);
    };

    const out: UiTiming[] = [];
    for (const p of PAGES(personId)) {
      const times: number[] = [];
      let last = { elements: 0, heapMb: 0 };
      for (let r = 0; r < repeat; r++) {
        await fresh();
        times.push(await timeTo(page, p.hash, p.first));
        last = await settled(page);
      }
      out.push({ page: p.page, firstRowsMs: median(times), ...last });
      console.error(`  UI ${p.page}: ${median(times).toFixed(0)} ms, ${last.elements} elements, ${last.heapMb.toFixed(0)} MB heap`);
    }
    return out;
  } finally {
    await browser.close();
    server.child.kill('SIGTERM');
  }
}
