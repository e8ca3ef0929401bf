import { z } from 'zod';
import { BACKUP_REASONS } from '../domain/backup-reasons';
import { empty } from './common';
import { method } from './method';

// 设置 → 备份与恢复: the backups in the data folder, a backup now (there or to a folder of the user's
// choice, e.g. a USB stick), and restoring one. Paths name places on the machine the ledger runs on.

export const backupView = z.object({
  /** File name; in the data folder's backups/ unless `file` says otherwise. */
  name: z.string(),
  file: z.string(),
  createdAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
  size: z.number().int(),
  appVersion: z.string(),
  plans: z.number().int(),
  items: z.number().int(),
  evidenceFiles: z.number().int(),
  /** Evidence the ledger referred to that was already missing when the backup was taken. */
  missingEvidence: z.number().int(),
});

const absolutePath = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `请填写${what}`)
    .max(1000, `${what}过长`)
    .refine((p) => /^([A-Za-z]:[\\/]|\\\\|\/)/.test(p), `请填写${what}的完整路径，例如 E:\\团委备份 或 /media/U盘`);

const folderPath = absolutePath('备份文件夹');
const filePath = absolutePath('备份文件');
/** 备份到… and 从文件恢复…: the one path each dialog asks for. */
export const backupFolderInput = z.object({ folder: folderPath });
export const backupFileInput = z.object({ file: filePath });

/** Into the data folder's backups/ (neither given), into a chosen folder, or as one named file (the CLI's --out). */
export const backupCreateInput = z
  .object({ folder: folderPath.optional(), file: filePath.optional() })
  .refine((input) => !(input.folder && input.file), { message: '文件夹和文件只能指定一个', path: ['file'] });
export const backupRestoreInput = z.union([z.object({ name: z.string().regex(/^[^/\\]+\.tar$/, '备份名称无效') }), backupFileInput]);

export const backupMethods = {
  'backups.list': method(
    'admin',
    empty,
    z.object({
      folder: z.string(),
      backups: z.array(backupView),
      /** The last automatic backup's failure, until one succeeds again. */
      automaticError: z.string().nullable(),
    }),
  ),
  'backups.create': method('admin', backupCreateInput, backupView),
  /** Reads and checks a backup file (every byte against its manifest) before the user confirms a restore. */
  'backups.inspect': method('admin', backupFileInput, backupView),
  'backups.restore': method('admin', backupRestoreInput, z.object({ restored: backupView, safetyBackup: backupView })),
};

export type BackupView = z.infer<typeof backupView>;
