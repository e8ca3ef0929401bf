import fs from 'node:fs';
import path from 'node:path';
import { openSnapshot } from '../../../db/backup';
import { DB_FILE_NAME, newestKnownMigration } from '../../../db/client';
import { AppError } from '../../contract/app-error';
import type { Ctx } from '../../context';
import { verifyAuditChain } from '../audit';
import { attachmentsDir } from '../evidence-store';
import { damagedFile, foreignFile, walkArchive } from './archive-io';
import { backupsDir, WORK_PREFIX, type BackupEntry } from './backup-files';
import { checkAgainstManifest } from './check-archive';
import { BACKUP_FORMAT_VERSION, backupManifest, DATABASE_ENTRY, MANIFEST_ENTRY, type BackupManifest } from './manifest';
import { runSliced } from '../steps';
import { syncFolder } from './sync-folder';
import { writeBackup } from './write-backup';

// Restoring a backup: everything is checked on a copy taken out of the file before the ledger is touched;
// then, with no other call running, a safety backup of the current state is taken, the database closed,
// the files swapped in by renames (the evidence first, the database last, so a crash at any point leaves
// the old state or the new one), the database reopened, and everyone signed out.

const EVIDENCE_ENTRY = /^attachments\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

export interface RestoreOutcome {
  restoredFrom: string;
  manifest: BackupManifest;
  safetyBackup: BackupEntry;
}

const newerVersion = () => new AppError('NEWER_DATABASE', '该备份由更新版本的“团委工作台账”创建，当前版本无法恢复。请先升级软件，数据未作任何改动');

/** Where an entry is taken out to in the staging folder, or null for an entry that is never extracted. */
function stagedPath(staging: string, name: string): string | null {
  if (name === DATABASE_ENTRY) return path.join(staging, DATABASE_ENTRY);
  const evidence = EVIDENCE_ENTRY.exec(name);
  if (!evidence || !evidence[2].startsWith(evidence[1])) return null;
  const dir = path.join(staging, 'attachments', evidence[1]);
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, evidence[2]);
}

function parseManifest(bytes: Buffer | undefined): BackupManifest {
  let json: unknown;
  try {
    json = bytes ? JSON.parse(bytes.toString('utf8')) : undefined;
  } catch {
    throw foreignFile();
  }
  const format = (json as { format?: unknown; formatVersion?: unknown } | undefined) ?? {};
  if (format.format === 'league-ledger-backup' && typeof format.formatVersion === 'number' && format.formatVersion > BACKUP_FORMAT_VERSION) throw newerVersion();
  const parsed = backupManifest.safeParse(json);
  if (!parsed.success) throw foreignFile();
  return parsed.data;
}

/**
 * Takes a backup file apart into the staging folder and checks everything: each entry against the
 * manifest, the schema not newer than this version, the database's integrity, audit chain and counts,
 * and every evidence file its records refer to.
 */
export async function stageBackup(file: string, staging: string, nativeBinding?: string): Promise<BackupManifest> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new AppError('NOT_FOUND', `找不到备份文件“${file}”`);
  const walked = await runSliced(walkArchive(file, { hash: true, keep: (name) => name === MANIFEST_ENTRY, extractTo: (name) => stagedPath(staging, name) }));
  const manifest = parseManifest(walked.kept.get(MANIFEST_ENTRY));
  checkAgainstManifest(walked.entries, manifest);
  const newestKnown = newestKnownMigration();
  if (manifest.migrations.some((m) => m > newestKnown)) throw newerVersion();

  const snapshot = openSnapshot(path.join(staging, DATABASE_ENTRY), { readonly: true, nativeBinding });
  try {
    const facts = snapshot.facts();
    if (facts.integrity !== 'ok') throw new AppError('INTEGRITY', '备份中的数据文件已损坏（完整性检查未通过），无法恢复，未作任何改动');
    if (facts.migrations.some((m) => m > newestKnown)) throw newerVersion();
    if (JSON.stringify(facts.counts) !== JSON.stringify(manifest.counts) || JSON.stringify(facts.migrations) !== JSON.stringify(manifest.migrations)) throw damagedFile();
    const chain = verifyAuditChain(snapshot.orm);
    if (!chain.intact) throw new AppError('INTEGRITY', `备份中的审计记录链不完整（${chain.message}），为安全起见不予恢复，未作任何改动`);
    const packed = new Set(manifest.evidence.map((e) => e.name));
    const known = new Set(manifest.missingEvidence);
    if (facts.evidence.some((sha) => !packed.has(sha) && !known.has(sha))) throw damagedFile();
  } finally {
    snapshot.close();
  }
  return manifest;
}

/**
 * Moves the staged files into the data folder; runs while the database is closed. Evidence first (extra
 * files are harmless to the old database), then the database by one rename. The old database was closed
 * by its last connection, which checkpoints and removes its -wal: a -wal (or rollback journal) still there
 * would be replayed over the restored file, so the swap refuses rather than guess.
 */
function swapIn(dataDir: string, staging: string): void {
  const stagedEvidence = path.join(staging, 'attachments');
  if (fs.existsSync(stagedEvidence))
    for (const prefix of fs.readdirSync(stagedEvidence)) {
      const target = path.join(attachmentsDir(dataDir), prefix);
      fs.mkdirSync(target, { recursive: true });
      for (const name of fs.readdirSync(path.join(stagedEvidence, prefix))) fs.renameSync(path.join(stagedEvidence, prefix, name), path.join(target, name));
    }
  const live = path.join(dataDir, DB_FILE_NAME);
  if (fs.existsSync(`${live}-wal`) || fs.existsSync(`${live}-journal`))
    throw new AppError('CONFLICT', '数据库的日志文件仍在使用中，恢复已取消，未作任何改动。请关闭所有窗口后重试');
  fs.rmSync(`${live}-shm`, { force: true });
  fs.renameSync(path.join(staging, DATABASE_ENTRY), live);
  syncFolder(dataDir);
}

export async function restoreBackup(ctx: Ctx, file: string): Promise<RestoreOutcome> {
  fs.mkdirSync(backupsDir(ctx.dataDir), { recursive: true });
  const staging = fs.mkdtempSync(path.join(backupsDir(ctx.dataDir), WORK_PREFIX));
  try {
    const manifest = await stageBackup(file, staging, ctx.store.nativeBinding);
    return await ctx.host.exclusive(async () => {
      const safetyBackup = await writeBackup(ctx.store, ctx.dataDir, { reason: 'before-restore', clock: ctx.clock });
      ctx.host.replaceDatabase(() => swapIn(ctx.dataDir, staging));
      ctx.sessions.endEveryone();
      return { restoredFrom: path.basename(file), manifest, safetyBackup };
    });
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
