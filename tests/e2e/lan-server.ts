import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLedgerApp } from '../../core/app';
import { CLI_ACTOR } from '../../core/context';

// Serve mode on the "office network" for the two-person tests: bound to 127.0.0.2 (inside the loopback
// range, so nothing leaves the machine), no token, accounts created on the machine first.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const LAN_HOST = '127.0.0.2';
const URL_LINE = /http:\/\/127\.0\.0\.2:\d+\//;

export interface Account {
  username: string;
  password: string;
  name: string;
  role: 'admin' | 'clerk' | 'adviser' | 'viewer';
}

export const CLERK: Account = { username: 'chenwen', password: 'clerk-pass-2023', name: '陈雯', role: 'clerk' };
export const ADVISER: Account = { username: 'teacher', password: 'teacher-pass-2023', name: '指导老师甲', role: 'adviser' };

export interface LanServer {
  origin: string;
  stop(): Promise<void>;
}

/**
 * A data directory with the 2023 sample plan and the given accounts, made on the machine as the CLI's
 * `demo` and `user add` would (in this process: three CLI starts cost more than the test under load).
 */
export async function prepareLedger(accounts: Account[]): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-lan-e2e-'));
  const app = createLedgerApp(dataDir, { automaticBackups: false });
  try {
    for (const [method, input] of [['demo.load', {}], ...accounts.map((a) => ['users.create', { username: a.username, displayName: a.name, role: a.role, password: a.password }] as const)] as const) {
      const reply = await app.call(method, input, CLI_ACTOR);
      if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
    }
  } finally {
    app.close();
  }
  return dataDir;
}

export function startLanServer(dataDir: string, today = '2023-06-15'): Promise<LanServer> {
  const staticDir = process.env.LEDGER_E2E_STATIC_DIR;
  if (!staticDir) throw new Error('LEDGER_E2E_STATIC_DIR is not set: run through tests/playwright.config.ts');
  const args = ['--import', 'tsx', 'core/bin/serve.ts', '--lan', '--host', LAN_HOST, '--port', '0', '--data-dir', dataDir, '--static-dir', staticDir, '--today', today];
  const child: ChildProcess = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`LAN server did not start\n${output}`));
    }, 20_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const url = URL_LINE.exec(output)?.[0];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        origin: url.replace(/\/$/, ''),
        stop: async () => {
          if (child.exitCode !== null) return;
          const exited = new Promise((done) => child.once('exit', done));
          child.kill('SIGTERM');
          await exited;
          fs.rmSync(dataDir, { recursive: true, force: true });
        },
      });
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.once('exit', (code) => reject(new Error(`LAN server exited with ${code}\n${output}`)));
  });
}
