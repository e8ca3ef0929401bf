import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openSnapshot, snapshotDatabase, snapshotDatabaseNow, type SnapshotFacts } from '../../../db/backup';
import type { Store } from '../../../db/client';
import { lastAuditHash } from '../../../db/queries/audit';
import { AppError } from '../../contract/app-error';
import { APP_VERSION } from '../../version';
import { verifyAuditChain } from '../audit';
import { blobPath } from '../evidence-store';
import { storageFailure } from '../storage-failure';
import { appendBytes, appendFile, finishArchive, walkArchive } from './archive-io';
import { backupFileName, backupsDir, PARTIAL_SUFFIX, WORK_PREFIX, type BackupEntry } from './backup-files';
import { checkAgainstManifest } from './check-archive';
import { syncFolder } from './sync-folder';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, DATABASE_ENTRY, evidenceEntryName, MANIFEST_ENTRY, type BackupManifest, type BackupReason } from './manifest';
import { runNow, runSliced, type Steps } from '../steps';

// Writing a backup: copy the live database with SQLite's backup API into a scratch folder, check the copy
// (integrity, audit chain), pack it with the evidence it refers to and a manifest into one tar file,
// read the file back against the manifest, and only then give it its name.

export interface BackupOptions {
  reason: BackupReason;
  clock: () => Date;
  /** Where the file goes: the data folder's backups/ (the default), or a folder the user chose. */
  folder?: string;
  /** The file's name in that folder; by default one made of the time and the reason. */
  fileName?: string;
}

interface Sealed {
  facts: SnapshotFacts;
  auditHead: string | null;
}

/** Makes the copy a single self-contained file and reads what it holds; a damaged ledger is not backed up as if sound. */
function seal(snapshotFile: string, nativeBinding: string | undefined): Sealed {
  const snapshot = openSnapshot(snapshotFile, { readonly: false, nativeBinding });
  try {
    const facts = snapshot.facts();
    if (facts.integrity !== 'ok')
      throw new AppError('INTEGRITY', `当前数据未通过完整性检查（${facts.integrity}），备份未完成。请在“设置 → 备份与恢复”中从较早的备份恢复`);
    const chain = verifyAuditChain(snapshot.orm);
    if (!chain.intact) throw new AppError('INTEGRITY', `备份未完成：${chain.message}`);
    return { facts, auditHead: lastAuditHash(snapshot.orm) };
  } finally {
    snapshot.close();
  }
}

function* pack(out: number, snapshotFile: string, dataDir: string, sealed: Sealed, reason: BackupReason, at: Date): Steps<BackupManifest> {
  const mtime = at.getTime() / 1000;
  const database = yield* appendFile(out, DATABASE_ENTRY, snapshotFile, mtime);
  const evidence: BackupManifest['evidence'] = [];
  const missingEvidence: string[] = [];
  for (const sha of sealed.facts.evidence) {
    const file = blobPath(dataDir, sha);
    if (!fs.existsSync(file)) {
      missingEvidence.push(sha);
      continue;
    }
    const entry = yield* appendFile(out, evidenceEntryName(sha), file, mtime);
    evidence.push({ name: sha, size: entry.size, sha256: entry.sha256 });
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: at.toISOString(),
    reason,
    appVersion: APP_VERSION,
    migrations: sealed.facts.migrations,
    database: { size: database.size, sha256: database.sha256 },
    evidence,
    missingEvidence,
    counts: sealed.facts.counts,
    audit: { count: sealed.facts.counts.auditEvents, head: sealed.auditHead },
  };
  appendBytes(out, MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 1), 'utf8'), mtime);
  finishArchive(out);
  return manifest;
}

/** Reads the written file back: every entry present with the size and hash measured while writing. */
function* verifyWritten(file: string, manifest: BackupManifest): Steps<void> {
  const walked = yield* walkArchive(file, { hash: true, keep: (name) => name === MANIFEST_ENTRY });
  checkAgainstManifest(walked.entries, manifest);
  if (walked.kept.get(MANIFEST_ENTRY)?.toString('utf8') !== JSON.stringify(manifest, null, 1))
    throw new AppError('INTEGRITY', '备份写入后校验未通过（文件内容与记录不符），备份未完成。请检查磁盘后重试');
}

/** The files of one backup being written: the scratch folder with the database copy, and the partial file. */
interface Job {
  at: Date;
  folder: string;
  name: string;
  partial: string;
  work: string;
  snapshotFile: string;
}

function startJob(dataDir: string, options: BackupOptions): Job {
  const at = options.clock();
  const folder = options.folder ?? backupsDir(dataDir);
  fs.mkdirSync(backupsDir(dataDir), { recursive: true });
  fs.mkdirSync(folder, { recursive: true });
  const work = fs.mkdtempSync(path.join(backupsDir(dataDir), WORK_PREFIX));
  const name = options.fileName ?? backupFileName(folder, at, options.reason);
  return { at, folder, name, partial: path.join(folder, name + PARTIAL_SUFFIX), work, snapshotFile: path.join(work, DATABASE_ENTRY) };
}

/** Renames the verified file to its final name: before this moment there is no backup, after it a whole one. */
function publish(job: Job, manifest: BackupManifest): BackupEntry {
  const file = path.join(job.folder, job.name);
  fs.renameSync(job.partial, file);
  syncFolder(job.folder);
  return { name: job.name, file, size: fs.statSync(file).size, manifest };
}

function endJob(job: Job): void {
  fs.rmSync(job.partial, { force: true });
  fs.rmSync(job.work, { recursive: true, force: true });
}

/** Writes a backup while the app serves requests: the database copied and the file packed in slices. */
export async function writeBackup(store: Store, dataDir: string, options: BackupOptions): Promise<BackupEntry> {
  const job = startJob(dataDir, options);
  try {
    await snapshotDatabase(store.sqlite, job.snapshotFile);
    const sealed = seal(job.snapshotFile, store.nativeBinding);
    const out = fs.openSync(job.partial, 'wx');
    let manifest: BackupManifest;
    try {
      manifest = await runSliced(pack(out, job.snapshotFile, dataDir, sealed, options.reason, job.at));
      // On the thread pool: flushing a large file to a USB stick can take a while.
      await new Promise<void>((resolve, reject) => fs.fsync(out, (error) => (error ? reject(error) : resolve())));
    } finally {
      fs.closeSync(out);
    }
    await runSliced(verifyWritten(job.partial, manifest));
    return publish(job, manifest);
  } catch (error) {
    throw storageFailure(error) ?? error;
  } finally {
    endJob(job);
  }
}

/**
 * The same in one go, for the moment before a migration: nothing else runs yet, so nothing waits, and
 * VACUUM INTO stands in for the backup API (which needs the event loop).
 */
export function writeBackupNow(sqlite: Database.Database, nativeBinding: string | undefined, dataDir: string, options: BackupOptions): BackupEntry {
  const job = startJob(dataDir, options);
  try {
    snapshotDatabaseNow(sqlite, job.snapshotFile);
    const sealed = seal(job.snapshotFile, nativeBinding);
    const out = fs.openSync(job.partial, 'wx');
    let manifest: BackupManifest;
    try {
      manifest = runNow(pack(out, job.snapshotFile, dataDir, sealed, options.reason, job.at));
      fs.fsyncSync(out);
    } finally {
      fs.closeSync(out);
    }
    runNow(verifyWritten(job.partial, manifest));
    return publish(job, manifest);
  } catch (error) {
    throw storageFailure(error) ?? error;
  } finally {
    endJob(job);
  }
}
