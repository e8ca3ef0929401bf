import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../contract/app-error';
import type { BackupView } from '../contract/backup-methods';
import type { Ctx } from '../context';
import type { BackupReason } from '../domain/backup-reasons';
import { backupsDir, listBackups, rotateBackups, WORK_PREFIX, type BackupEntry } from './backup/backup-files';
import { restoreBackup, stageBackup } from './backup/restore-backup';
import { writeBackup } from './backup/write-backup';

// The backup service behind 设置 → 备份与恢复 and the CLI, and the automatic copy taken before a change that
// is hard to undo (deleting a plan, importing over one, restoring).

export function toBackupView(entry: BackupEntry): BackupView {
  const { manifest } = entry;
  return {
    name: entry.name, file: entry.file, createdAt: manifest.createdAt, reason: manifest.reason, size: entry.size,
    appVersion: manifest.appVersion, plans: manifest.counts.plans, items: manifest.counts.items,
    evidenceFiles: manifest.evidence.length, missingEvidence: manifest.missingEvidence.length,
  };
}

/** Writes a backup into backups/ and applies the rotation. */
export async function backupIntoDataFolder(ctx: Ctx, reason: BackupReason): Promise<BackupEntry> {
  const entry = await writeBackup(ctx.store, ctx.dataDir, { reason, clock: ctx.clock });
  rotateBackups(await listBackups(ctx.dataDir), ctx.clock());
  return entry;
}

export async function listBackupsView(ctx: Ctx, automaticError: string | null) {
  return { folder: backupsDir(ctx.dataDir), backups: (await listBackups(ctx.dataDir)).map(toBackupView), automaticError };
}

function existingFolder(folder: string): string {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new AppError('NOT_FOUND', `找不到文件夹“${folder}”，请确认路径正确、U盘已插好`);
  return folder;
}

/**
 * 立即备份 (into the data folder), 备份到… a folder of the user's choice, which must exist (a plugged-in USB
 * stick), or one named file (never overwriting one).
 */
export async function createBackup(ctx: Ctx, input: { folder?: string; file?: string }): Promise<BackupView> {
  if (input.file !== undefined) {
    const file = path.resolve(input.file);
    if (fs.existsSync(file)) throw new AppError('CONFLICT', `文件“${file}”已存在，未覆盖。请换一个文件名`);
    const folder = existingFolder(path.dirname(file));
    return toBackupView(await writeBackup(ctx.store, ctx.dataDir, { reason: 'manual', clock: ctx.clock, folder, fileName: path.basename(file) }));
  }
  if (input.folder !== undefined)
    return toBackupView(await writeBackup(ctx.store, ctx.dataDir, { reason: 'manual', clock: ctx.clock, folder: existingFolder(path.resolve(input.folder)) }));
  return toBackupView(await backupIntoDataFolder(ctx, 'manual'));
}

/** Checks a backup file exactly as a restore would, on a scratch copy; nothing is changed. */
export async function inspectBackup(ctx: Ctx, file: string): Promise<BackupView> {
  fs.mkdirSync(backupsDir(ctx.dataDir), { recursive: true });
  const scratch = fs.mkdtempSync(path.join(backupsDir(ctx.dataDir), WORK_PREFIX));
  try {
    const manifest = await stageBackup(file, scratch, ctx.store.nativeBinding);
    return toBackupView({ name: path.basename(file), file, size: fs.statSync(file).size, manifest });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

export async function restoreFromBackup(ctx: Ctx, input: { name: string } | { file: string }) {
  const file = 'name' in input ? path.join(backupsDir(ctx.dataDir), input.name) : path.resolve(input.file);
  const outcome = await restoreBackup(ctx, file);
  const restored = toBackupView({ name: path.basename(file), file, size: fs.statSync(file).size, manifest: outcome.manifest });
  rotateBackups(await listBackups(ctx.dataDir), ctx.clock());
  return { restored, safetyBackup: toBackupView(outcome.safetyBackup) };
}

/**
 * The automatic copy before a change that is hard to undo; if it cannot be written the change is not
 * made (a full disk must not cost the user the data the backup was for).
 */
export async function backupBeforeChange(ctx: Ctx, reason: BackupReason, change: string): Promise<void> {
  try {
    await backupIntoDataFolder(ctx, reason);
  } catch (error) {
    const message = error instanceof AppError ? error.message : '程序内部错误';
    throw new AppError(error instanceof AppError ? error.code : 'INTERNAL', `${change}前的自动备份未能完成，为安全起见未${change}：${message}`);
  }
}
