import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../core/app';
import { defaultMigrationsFolder } from '../../db/client';
import { blobPath, storeBlob } from '../../core/services/evidence-store';
import { openTestLedger, tempDir, type TestLedger } from '../helpers/temp-ledger';

// Backups and restore through the contract: what a backup holds, that a restore brings exactly that back
// (and nothing else changes when it refuses), and the automatic backups.

let now = new Date('2023-06-15T02:00:00Z');
const clock = () => now;
const ledgers: TestLedger[] = [];
afterEach(() => {
  for (const l of ledgers.splice(0)) l.close();
  now = new Date('2023-06-15T02:00:00Z');
});

function open(options: { dataDir?: string; automaticBackups?: boolean } = {}): TestLedger {
  const ledger = openTestLedger({ clock, ...options });
  ledgers.push(ledger);
  return ledger;
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const backupFolderEntries = (dataDir: string) => (fs.existsSync(path.join(dataDir, 'backups')) ? fs.readdirSync(path.join(dataDir, 'backups')).sort() : []);
/** Finished backups only (not the scratch of one being written). */
const backupNames = (dataDir: string) => backupFolderEntries(dataDir).filter((n) => n.endsWith('.tar'));

/** A ledger with the sample plan, an account, and one piece of evidence. */
async function sampleLedger(options: { automaticBackups?: boolean } = {}) {
  const ledger = open(options);
  const { planId } = await ledger.ok('demo.load', {});
  const item = (await ledger.ok('items.search', { planId, text: '挑战杯' })).rows[0];
  const stored = await storeBlob(ledger.dataDir, Readable.from([Buffer.from('签到表的内容')]));
  const evidence = await ledger.ok('evidence.add', { itemId: item.id, sha256: stored.sha256, originalName: '签到表.pdf', mime: 'application/pdf' });
  return { ledger, planId, item, evidence, sha256: stored.sha256 };
}

describe('backup and restore', () => {
  it('a backup holds the database, the evidence it refers to and a manifest; restoring it brings that state back', async () => {
    const { ledger, planId, item, sha256 } = await sampleLedger();
    const out = path.join(tempDir(), 'F.tar');
    const made = await ledger.ok('backups.create', { file: out });
    expect(made).toMatchObject({ file: out, reason: 'manual', plans: 1, items: 66, evidenceFiles: 1, missingEvidence: 0 });
    expect(execFileSync('tar', ['tf', out], { encoding: 'utf8' }).trim().split('\n')).toEqual(['ledger.db', `attachments/${sha256.slice(0, 2)}/${sha256}`, 'manifest.json']);

    // Changes after the backup: a new item, the evidence removed and its file gone from the disk.
    await ledger.ok('items.create', { planId, content: '备份之后新增的事项', startMonth: 7, endMonth: 7 });
    const attachment = (await ledger.ok('items.supervision', { id: item.id })).evidence[0];
    await ledger.ok('evidence.remove', { id: attachment.id });
    fs.rmSync(blobPath(ledger.dataDir, sha256));
    const admin = await ledger.signIn('admin');

    const restored = await ledger.ok('backups.restore', { file: out });
    expect(restored.restored).toMatchObject({ items: 66, plans: 1 });
    expect(restored.safetyBackup).toMatchObject({ reason: 'before-restore', items: 67 });
    expect((await ledger.ok('items.search', { planId, text: '备份之后' })).total).toBe(0);
    expect((await ledger.ok('items.supervision', { id: item.id })).evidence.map((e) => e.originalName)).toEqual(['签到表.pdf']);
    expect(fs.readFileSync(blobPath(ledger.dataDir, sha256), 'utf8')).toBe('签到表的内容');
    expect(ledger.app.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((await ledger.ok('audit.verify', {})).intact).toBe(true);
    // Everyone is signed out: the accounts may differ after a restore.
    expect(await ledger.raw('plans.list', {}, admin)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    // No scratch left behind, and the -wal of the old database is gone with it.
    expect(backupFolderEntries(ledger.dataDir).filter((n) => !n.endsWith('.tar'))).toEqual([]);

    // And the safety copy brings the changed state back again.
    await ledger.ok('backups.restore', { name: path.basename(restored.safetyBackup.file) });
    expect((await ledger.ok('items.search', { planId, text: '备份之后' })).total).toBe(1);
  });

  it('refuses truncated, damaged, foreign and newer files with a Chinese message, changing nothing', async () => {
    const { ledger } = await sampleLedger();
    const dir = tempDir();
    const good = path.join(dir, 'good.tar');
    await ledger.ok('backups.create', { file: good });
    const bytes = fs.readFileSync(good);
    const variants: [string, Buffer, RegExp][] = [
      ['truncated', bytes.subarray(0, Math.floor(bytes.length / 2)), /备份文件不完整/],
      ['truncated at the end', bytes.subarray(0, bytes.length - 1024), /备份文件不完整/],
      ['a byte changed in the database', Buffer.from(bytes).fill(0x41, 4096, 4097), /已损坏/],
      ['a byte changed in the manifest', (() => { const b = Buffer.from(bytes); const at = b.lastIndexOf(Buffer.from('"items"')); b[at + 9] ^= 1; return b; })(), /已损坏|不是/],
      ['not a backup', Buffer.from('这是一份普通的文字文件'.repeat(100)), /不是“团委工作台账”的备份文件/],
      ['empty', Buffer.alloc(0), /不是“团委工作台账”的备份文件/],
      ['zeros', Buffer.alloc(4096), /不是“团委工作台账”的备份文件/],
    ];
    const dbBefore = sha(path.join(ledger.dataDir, 'ledger.db'));
    const backupsBefore = backupFolderEntries(ledger.dataDir);
    for (const [what, content, message] of variants) {
      const file = path.join(dir, `${what}.tar`);
      fs.writeFileSync(file, content);
      const reply = await ledger.raw('backups.restore', { file });
      expect(reply.ok, what).toBe(false);
      expect(!reply.ok && reply.error.message, what).toMatch(message);
      expect(!reply.ok && reply.error.message, what).toMatch(/未作任何改动/);
      expect((await ledger.raw('backups.inspect', { file })).ok, what).toBe(false);
    }
    expect(sha(path.join(ledger.dataDir, 'ledger.db'))).toBe(dbBefore);
    expect(backupFolderEntries(ledger.dataDir)).toEqual(backupsBefore);
    expect((await ledger.ok('backups.inspect', { file: good })).items).toBe(66);
  });

  it('refuses a backup written by a newer version', async () => {
    const migrationsFolder = path.join(tempDir('ledger-migrations-'), 'migrations');
    fs.cpSync(defaultMigrationsFolder(), migrationsFolder, { recursive: true });
    const journalFile = path.join(migrationsFolder, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
    journal.entries.push({ idx: journal.entries.length, version: '6', when: Date.now() + 86_400_000, tag: '0099_future', breakpoints: true });
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    fs.writeFileSync(path.join(migrationsFolder, '0099_future.sql'), 'CREATE TABLE `future_thing` (`id` integer);');
    const { createLedgerApp } = await import('../../core/app');
    const futureDir = tempDir();
    const future = createLedgerApp(futureDir, { migrationsFolder, automaticBackups: false, clock });
    const file = path.join(tempDir(), 'future.tar');
    await future.call('plans.create', { year: 2030, title: '未来的计划' }, { userId: null, name: '命令行', role: 'admin' });
    const made = await future.call('backups.create', { file }, { userId: null, name: '命令行', role: 'admin' });
    future.close();
    expect(made.ok).toBe(true);

    const { ledger } = await sampleLedger();
    const reply = await ledger.raw('backups.restore', { file });
    expect(reply).toMatchObject({ ok: false, error: { code: 'NEWER_DATABASE', message: expect.stringContaining('更新版本') } });
    expect((await ledger.ok('plans.list', {})).map((p) => p.year)).toEqual([2023]);
  });

  it('will not swap the database while another connection has it open', async () => {
    const { ledger } = await sampleLedger();
    const file = path.join(tempDir(), 'F.tar');
    await ledger.ok('backups.create', { file });
    const other = new Database(path.join(ledger.dataDir, 'ledger.db'));
    try {
      other.prepare('SELECT count(*) FROM item').get();
      const reply = await ledger.raw('backups.restore', { file });
      expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('正在使用') } });
    } finally {
      other.close();
    }
    expect((await ledger.ok('plans.list', {}))[0].itemCount).toBe(66);
    expect((await ledger.ok('backups.restore', { file })).restored.items).toBe(66);
  });

  it('备份到… a folder of the user\'s choice, which must exist; only backups/ is rotated', async () => {
    const { ledger } = await sampleLedger();
    const usb = tempDir('usb-');
    const made = await ledger.ok('backups.create', { folder: usb });
    expect(path.dirname(made.file)).toBe(usb);
    expect(fs.readdirSync(usb)).toEqual([made.name]);
    expect(await ledger.raw('backups.create', { folder: path.join(usb, '不存在') })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('U盘') } });
    expect(await ledger.raw('backups.create', { folder: 'relative/path' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const list = await ledger.ok('backups.list', {});
    expect(list.backups).toEqual([]);
    expect(list.folder).toBe(path.join(ledger.dataDir, 'backups'));
  });

  it('lists backups with time, size, plans and items, newest first', async () => {
    const { ledger } = await sampleLedger();
    await ledger.ok('backups.create', {});
    now = new Date('2023-06-15T03:00:00Z');
    await ledger.ok('items.create', { planId: 1, content: '新增事项', startMonth: 3, endMonth: 3 });
    await ledger.ok('backups.create', {});
    const list = await ledger.ok('backups.list', {});
    expect(list.backups.map((b) => [b.createdAt, b.items, b.plans, b.reason])).toEqual([
      ['2023-06-15T03:00:00.000Z', 67, 1, 'manual'],
      ['2023-06-15T02:00:00.000Z', 66, 1, 'manual'],
    ]);
    expect(list.backups[0].size).toBeGreaterThan(10_000);
    expect(list.automaticError).toBeNull();
  });

  it('evidence already missing when the backup is taken is reported, and the backup still restores', async () => {
    const { ledger, sha256 } = await sampleLedger();
    fs.rmSync(blobPath(ledger.dataDir, sha256));
    const file = path.join(tempDir(), 'F.tar');
    expect(await ledger.ok('backups.create', { file })).toMatchObject({ evidenceFiles: 0, missingEvidence: 1 });
    expect((await ledger.ok('backups.restore', { file })).restored.missingEvidence).toBe(1);
  });

  it('only administrators see or touch backups', async () => {
    const { ledger } = await sampleLedger();
    const clerk = await ledger.signIn('clerk');
    for (const [method, input] of [['backups.list', {}], ['backups.create', {}], ['backups.restore', { name: 'x.tar' }]] as const)
      expect((await ledger.raw(method, input, clerk as Caller)).ok, method).toBe(false);
  });
});

describe('automatic backups', () => {
  it('before deleting a plan; if the backup cannot be written, nothing is deleted', async () => {
    const { ledger, planId } = await sampleLedger();
    // A file where the backups folder should be: the backup fails.
    fs.writeFileSync(path.join(ledger.dataDir, 'backups'), 'not a folder');
    const refused = await ledger.raw('plans.delete', { id: planId });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('删除前的自动备份未能完成，为安全起见未删除') } });
    expect(await ledger.ok('plans.list', {})).toHaveLength(1);

    fs.rmSync(path.join(ledger.dataDir, 'backups'));
    await ledger.ok('plans.delete', { id: planId });
    const [backup] = (await ledger.ok('backups.list', {})).backups;
    expect(backup).toMatchObject({ reason: 'before-plan-delete', plans: 1, items: 66 });
    await ledger.ok('backups.restore', { name: backup.name });
    expect((await ledger.ok('plans.list', {}))[0].itemCount).toBe(66);
  });

  it('before importing over a plan that has items, not before the first import', async () => {
    const ledger = open();
    const draft = { year: 2024, title: '2024年工作要点', items: [{ seq: 1, content: '开展主题团日活动', startMonth: 3, endMonth: 3, yearRound: false }] };
    await ledger.ok('imports.commit', { draft });
    expect((await ledger.ok('backups.list', {})).backups).toEqual([]);
    await ledger.ok('imports.commit', { draft: { ...draft, items: [...draft.items, { seq: 2, content: '组织青年大学习', startMonth: 4, endMonth: 4, yearRound: false }] } });
    expect((await ledger.ok('backups.list', {})).backups.map((b) => [b.reason, b.items])).toEqual([['before-reimport', 1]]);
  });

  it('once a day at start, at close when something changed, never for an empty ledger', async () => {
    const dataDir = tempDir();
    const empty = open({ dataDir, automaticBackups: true });
    await empty.app.shutdown();
    expect(backupNames(dataDir)).toEqual([]);

    const first = open({ dataDir, automaticBackups: false });
    await first.ok('demo.load', {});
    first.close();

    const morning = open({ dataDir, automaticBackups: true });
    await waitFor(() => backupNames(dataDir).length === 1);
    await morning.ok('items.create', { planId: 1, content: '上午新增的事项', startMonth: 3, endMonth: 3 });
    now = new Date('2023-06-15T09:00:00Z');
    await morning.app.shutdown();
    expect(backupNames(dataDir)).toHaveLength(2);

    // The same day, nothing changed: no new backup at start or at close.
    const again = open({ dataDir, automaticBackups: true });
    await again.app.shutdown();
    expect(backupNames(dataDir)).toHaveLength(2);

    // The next day, after a change: the first start of the day backs it up.
    now = new Date('2023-06-16T02:00:00Z');
    const nextDay = open({ dataDir, automaticBackups: true });
    await nextDay.ok('items.create', { planId: 1, content: '次日新增的事项', startMonth: 3, endMonth: 3 });
    nextDay.close();
    const later = open({ dataDir, automaticBackups: true });
    await waitFor(() => backupNames(dataDir).length === 3);
    await later.app.shutdown();
    const reasons = await open({ dataDir }).ok('backups.list', {});
    expect(reasons.backups.map((b) => [b.reason, b.items])).toEqual([['daily', 68], ['daily', 67], ['daily', 66]]);
  });

  it('before a migration, in the same format, holding the database as it was', async () => {
    const migrationsFolder = path.join(tempDir('ledger-migrations-'), 'migrations');
    fs.cpSync(defaultMigrationsFolder(), migrationsFolder, { recursive: true });
    const { createLedgerApp } = await import('../../core/app');
    const dataDir = tempDir();
    const before = createLedgerApp(dataDir, { migrationsFolder, automaticBackups: false, clock });
    await before.call('demo.load', {}, { userId: null, name: '命令行', role: 'admin' });
    before.close();
    const journalFile = path.join(migrationsFolder, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
    journal.entries.push({ idx: journal.entries.length, version: '6', when: Date.now() + 1000, tag: '0099_motto', breakpoints: true });
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    fs.writeFileSync(path.join(migrationsFolder, '0099_motto.sql'), 'ALTER TABLE `plan` ADD `motto` text;');

    const after = createLedgerApp(dataDir, { migrationsFolder, automaticBackups: false, clock });
    after.close();
    const [name] = backupNames(dataDir);
    expect(name).toMatch(/before-migration\.tar$/);
    const extracted = tempDir();
    execFileSync('tar', ['xf', path.join(dataDir, 'backups', name), '-C', extracted]);
    const old = new Database(path.join(extracted, 'ledger.db'), { readonly: true });
    expect((old.prepare('PRAGMA table_info(plan)').all() as { name: string }[]).map((c) => c.name)).not.toContain('motto');
    expect(old.prepare('SELECT count(*) AS n FROM item').get()).toEqual({ n: 66 });
    old.close();
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
