import { test as base, type APIRequestContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const URL_LINE = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/;
const START_TIMEOUT_MS = 20_000;

interface Running {
  child: ChildProcess;
  url: string;
}

/** Starts serve mode on a free port and resolves with the address it prints. */
function startServer(dataDir: string, demo: boolean, today: string | undefined): Promise<Running> {
  const staticDir = process.env.LEDGER_E2E_STATIC_DIR;
  if (!staticDir) throw new Error('LEDGER_E2E_STATIC_DIR is not set: run through tests/playwright.config.ts (its globalSetup builds the UI)');
  const args = ['--import', 'tsx', 'core/bin/serve.ts', '--data-dir', dataDir, '--port', '0', '--static-dir', staticDir, ...(demo ? ['--demo'] : []), ...(today ? ['--today', today] : [])];
  // Outputs are checked against the contract on every call here, as in development.
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LEDGER_CHECK_OUTPUT: '1' } });
  return new Promise((resolve, reject) => {
    let output = '';
    let started = false;
    const onExit = (code: number | null) => fail(`serve mode exited with code ${code}`);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${why}\n${output}`));
    };
    const timer = setTimeout(() => fail(`serve mode did not start within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    // Keep reading after the start so the pipes never fill up.
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const url = URL_LINE.exec(output)?.[0];
      if (url && !started) {
        started = true;
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve({ child, url });
      }
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.once('exit', onExit);
  });
}

async function stopServer({ child }: Running): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** The administrator every test ledger gets (created on first sign-in). */
export const ADMIN = { username: 'admin', displayName: '测试管理员', password: 'office-pass-2023' };

async function call<T>(request: APIRequestContext, origin: string, method: string, input: unknown): Promise<T> {
  const response = await request.post(`${origin}/api/${method}`, { data: input });
  const envelope = (await response.json()) as { ok: true; data: T } | { ok: false; error: { message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.data;
}

/** Signs the page's browser context in over the API: creates the administrator on a new ledger. */
async function signIn(request: APIRequestContext, origin: string): Promise<void> {
  const status = await call<{ setupNeeded: boolean }>(request, origin, 'auth.status', {});
  if (status.setupNeeded) await call(request, origin, 'auth.setup', ADMIN);
  else await call(request, origin, 'auth.login', { username: ADMIN.username, password: ADMIN.password });
}

export interface Ledger {
  /**
   * Opens the app at a route such as '#/month/3': takes the token from the printed address (a cookie),
   * then signs in as ADMIN unless `signIn` is false (to test the sign-in screens themselves).
   */
  open(page: Page, hash?: string, options?: { signIn?: boolean }): Promise<void>;
  /** Calls a contract method as the page's signed-in user (to arrange data quickly). */
  call<T>(page: Page, method: string, input: unknown): Promise<T>;
  /** Stops the server and starts a new one on the same data directory (a new token, too). */
  restart(): Promise<void>;
}

export const test = base.extend<{ demo: boolean; today: string | undefined; ledger: Ledger }>({
  /** Start with the 2023 sample plan loaded. */
  demo: [false, { option: true }],
  /** The server's "today" (YYYY-MM-DD), for tests whose outcome depends on the date. */
  today: [undefined, { option: true }],
  ledger: [
    async ({ demo, today }, use) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-'));
      let running = await startServer(dataDir, demo, today);
      const originOf = () => new URL(running.url).origin;
      try {
        await use({
          open: async (page, hash = '', { signIn: withSignIn = true } = {}) => {
            await page.request.get(running.url);
            if (withSignIn) await signIn(page.request, originOf());
            await page.goto(`${originOf()}/${hash}`);
          },
          call: (page, method, input) => call(page.request, originOf(), method, input),
          restart: async () => {
            await stopServer(running);
            running = await startServer(dataDir, demo, today);
          },
        });
      } finally {
        await stopServer(running);
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
    // Starting the server has its own time limit, apart from the test's.
    { timeout: START_TIMEOUT_MS + 10_000 },
  ],
});

export { expect } from '@playwright/test';
