import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createLedgerApp } from '../../core/app';
import { CLI_ACTOR } from '../../core/context';
import { removeLeftovers } from '../../core/services/backup/backup-files';
import { blobPath, storeBlob } from '../../core/services/evidence-store';

// kill -9 during a backup or a restore, many times: afterwards the data folder must hold the old state or
// the new one, never a mix, with the database intact and every evidence file it refers to present.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Fixture {
  /** A data folder in the "old" state (its items are the sample plan). */
  oldDir: string;
  oldItems: number;
  /** A backup of the "new" state (more items, more evidence). */
  backupFile: string;
  newItems: number;
}

async function call(app: ReturnType<typeof createLedgerApp>, method: string, input: unknown): Promise<any> {
  const reply = await app.call(method, input, CLI_ACTOR);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.data;
}

async function addEvidence(app: ReturnType<typeof createLedgerApp>, itemId: number, count: number, tag: string, size = 256 * 1024): Promise<void> {
  for (let k = 0; k < count; k++) {
    const bytes = Buffer.alloc(size, `${tag}-${k}-`);
    const { sha256 } = await storeBlob(app.dataDir, Readable.from([bytes]));
    await call(app, 'evidence.add', { itemId, sha256, originalName: `${tag}${k}.pdf`, mime: 'application/pdf' });
  }
}

/** Builds the old data folder and a backup of a new state (extra items and evidence: some megabytes to copy). */
export async function prepareFixture(): Promise<Fixture> {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-crash-'));
  const newDir = path.join(base, 'new');
  const app = createLedgerApp(newDir, { automaticBackups: false });
  const { planId } = await call(app, 'demo.load', {});
  const items = (await call(app, 'items.search', { planId, limit: 5 })).rows;
  await addEvidence(app, items[0].id, 8, 'old');
  app.close();
  const oldDir = path.join(base, 'old');
  fs.cpSync(newDir, oldDir, { recursive: true });

  const next = createLedgerApp(newDir, { automaticBackups: false });
  for (let k = 0; k < 40; k++) await call(next, 'items.create', { planId, content: `新状态的事项${k}`, startMonth: 5, endMonth: 5 });
  await addEvidence(next, items[1].id, 8, 'new');
  // Many small files too, so that moving them into place (the swap) takes long enough to be hit by a kill.
  await addEvidence(next, items[2].id, 40, 'small', 2048);
  const backupFile = path.join(base, 'new-state.tar');
  await call(next, 'backups.create', { file: backupFile });
  next.close();
  return { oldDir, oldItems: 66, backupFile, newItems: 106 };
}

/** Kill moments over an operation of `ms`: spread over all of it, and half of them near its end, where the swap is. */
export function killMoments(count: number, ms: number): number[] {
  return Array.from({ length: count }, (_, k) => (k % 2 === 0 ? Math.random() * ms * 1.1 : ms * (0.75 + Math.random() * 0.3)));
}

/** Starts the child, waits until it is ready, says go, and kills it after `delayMs` (or lets it finish). */
function runChild(mode: 'backup' | 'restore', dataDir: string, file: string, delayMs: number | null): Promise<{ finished: boolean; ms: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'tests/fault/crash-child.ts'), mode, dataDir, file], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    let started = 0;
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!started && output.includes('READY')) {
        started = performance.now();
        child.stdin!.write('go\n');
        if (delayMs !== null) setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('exit', () => {
      if (output.includes('FAILED')) reject(new Error(output));
      else resolve({ finished: output.includes('DONE'), ms: performance.now() - started });
    });
  });
}

const hashOf = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

export interface FolderState {
  items: number;
  integrity: string;
  auditIntact: boolean;
  evidenceOk: boolean;
  /** Scratch an interrupted backup or restore left (cleared by the next start). */
  leftovers: string[];
}

/** The state a data folder is in, checked after what the next start does (clearing the leftovers). */
export async function inspectDataFolder(dataDir: string): Promise<FolderState> {
  const backups = path.join(dataDir, 'backups');
  const leftovers = fs.existsSync(backups) ? fs.readdirSync(backups).filter((n) => !n.endsWith('.tar')) : [];
  removeLeftovers(dataDir);
  const app = createLedgerApp(dataDir, { automaticBackups: false });
  const db = new Database(path.join(dataDir, 'ledger.db'), { readonly: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const items = (db.prepare('SELECT count(*) AS n FROM item').get() as { n: number }).n;
    const shas = (db.prepare('SELECT DISTINCT sha256 FROM attachment WHERE removed_at IS NULL').all() as { sha256: string }[]).map((r) => r.sha256);
    const evidenceOk = shas.every((sha) => fs.existsSync(blobPath(dataDir, sha)) && hashOf(blobPath(dataDir, sha)) === sha);
    const audit = await app.call('audit.verify', {}, CLI_ACTOR);
    return { items, integrity, auditIntact: audit.ok && (audit.data as { intact: boolean }).intact, evidenceOk, leftovers };
  } finally {
    db.close();
    app.close();
  }
}

export interface TrialResult {
  mode: 'backup' | 'restore';
  /** When the kill was sent (null: left to finish), and how long the run lasted. */
  delayMs: number | null;
  ms: number;
  killedBeforeDone: boolean;
  items: number;
  leftovers: number;
  ok: boolean;
  problem?: string;
}

/** One trial on a fresh copy of the old data folder; with no delay, the operation runs to its end (and is timed). */
export async function trial(fixture: Fixture, mode: 'backup' | 'restore', delayMs: number | null): Promise<TrialResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-crash-trial-'));
  fs.cpSync(fixture.oldDir, dataDir, { recursive: true });
  try {
    const run = await runChild(mode, dataDir, fixture.backupFile, delayMs);
    const state = await inspectDataFolder(dataDir);
    const allowed = mode === 'restore' ? [fixture.oldItems, fixture.newItems] : [fixture.oldItems];
    const problems = [
      state.integrity !== 'ok' && `integrity: ${state.integrity}`,
      !allowed.includes(state.items) && `items ${state.items} (neither old nor new)`,
      !state.evidenceOk && 'evidence missing or changed',
      !state.auditIntact && 'audit chain broken',
      run.finished && mode === 'restore' && state.items !== fixture.newItems && 'finished but not restored',
    ].filter(Boolean);
    if (mode === 'backup') problems.push(...(await finishedBackupsValid(dataDir)));
    return { mode, delayMs, ms: run.ms, killedBeforeDone: !run.finished, items: state.items, leftovers: state.leftovers.length, ok: problems.length === 0, problem: problems.join('; ') || undefined };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Every finished backup file a killed backup left is a whole, valid one. */
async function finishedBackupsValid(dataDir: string): Promise<string[]> {
  const folder = path.join(dataDir, 'backups');
  const app = createLedgerApp(dataDir, { automaticBackups: false });
  try {
    const problems: string[] = [];
    for (const name of fs.existsSync(folder) ? fs.readdirSync(folder).filter((n) => n.endsWith('.tar')) : []) {
      const reply = await app.call('backups.inspect', { file: path.join(folder, name) }, CLI_ACTOR);
      if (!reply.ok) problems.push(`${name}: ${reply.error.message}`);
    }
    return problems;
  } finally {
    app.close();
  }
}
