import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../contract/app-error';
import { backupsToKeep } from '../../domain/backup-rotation';
import { walkArchive } from './archive-io';
import { backupManifest, MANIFEST_ENTRY, type BackupManifest, type BackupReason } from './manifest';
import { runSliced } from '../steps';

// Backup files on disk: where they live, what they are called, what each holds (read from its manifest),
// and the rotation that keeps the folder from growing without end.

export const BACKUP_DIR = 'backups';
export const BACKUP_EXTENSION = '.tar';
/** A backup being written: renamed to its final name only once complete and verified. */
export const PARTIAL_SUFFIX = '.partial';
/** Scratch folders of a backup or restore in progress, removed when done (or at the next start after a crash). */
export const WORK_PREFIX = '.work-';

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, BACKUP_DIR);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ledger-backup-20240301-103000-daily.tar (local time), made unique in the folder. */
export function backupFileName(folder: string, at: Date, reason: BackupReason): string {
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  for (let k = 1; ; k++) {
    const name = `ledger-backup-${stamp}-${reason}${k > 1 ? `-${k}` : ''}${BACKUP_EXTENSION}`;
    if (!fs.existsSync(path.join(folder, name)) && !fs.existsSync(path.join(folder, name + PARTIAL_SUFFIX))) return name;
  }
}

export interface BackupEntry {
  name: string;
  file: string;
  size: number;
  manifest: BackupManifest;
}

/** Reads a backup file's manifest (the entries are only skipped over, not checked: see restore). */
export async function readBackupEntry(file: string): Promise<BackupEntry> {
  const walked = await runSliced(walkArchive(file, { hash: false, keep: (name) => name === MANIFEST_ENTRY }));
  const bytes = walked.kept.get(MANIFEST_ENTRY);
  const parsed = bytes ? backupManifest.safeParse(safeJson(bytes)) : undefined;
  if (!parsed?.success) throw new AppError('BAD_INPUT', '该文件不是“团委工作台账”的备份文件，未作任何改动');
  return { name: path.basename(file), file, size: fs.statSync(file).size, manifest: parsed.data };
}

function safeJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
}

/** The backups in the data folder, newest first; files that cannot be read are left out (and logged). */
export async function listBackups(dataDir: string): Promise<BackupEntry[]> {
  const folder = backupsDir(dataDir);
  if (!fs.existsSync(folder)) return [];
  const names = fs.readdirSync(folder).filter((name) => name.endsWith(BACKUP_EXTENSION));
  const entries: BackupEntry[] = [];
  for (const name of names) {
    try {
      entries.push(await readBackupEntry(path.join(folder, name)));
    } catch (error) {
      console.error(`[backup] unreadable backup ${name}:`, error instanceof Error ? error.message : error);
    }
  }
  return entries.sort((a, b) => b.manifest.createdAt.localeCompare(a.manifest.createdAt));
}

/** Removes the backups the rotation no longer keeps; returns their names. */
export function rotateBackups(entries: BackupEntry[], now: Date): string[] {
  const keep = backupsToKeep(entries.map((e) => ({ name: e.name, createdAt: new Date(e.manifest.createdAt) })), now);
  const removed = entries.filter((e) => !keep.has(e.name));
  for (const entry of removed) fs.rmSync(entry.file, { force: true });
  return removed.map((e) => e.name);
}

/** Scratch left by a backup or restore that a crash interrupted: never a finished backup, never the ledger. */
export function removeLeftovers(dataDir: string): void {
  const folder = backupsDir(dataDir);
  if (!fs.existsSync(folder)) return;
  for (const name of fs.readdirSync(folder))
    if (name.endsWith(PARTIAL_SUFFIX) || name.startsWith(WORK_PREFIX)) fs.rmSync(path.join(folder, name), { recursive: true, force: true });
}
