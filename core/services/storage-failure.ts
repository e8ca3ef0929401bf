import { AppError } from '../contract/app-error';

// Failures of the disk under the ledger (full, read-only, unreadable), from Node's file system or from
// SQLite, told to the user in Chinese with what happened to their change: nothing was saved.

export const DISK_FULL_MESSAGE = '磁盘空间不足，未保存。请清理数据所在磁盘的空间（如删除不需要的文件）后重试';

const FS_CODES: Record<string, AppError> = {
  ENOSPC: new AppError('DISK_FULL', DISK_FULL_MESSAGE),
  EDQUOT: new AppError('DISK_FULL', DISK_FULL_MESSAGE),
  EROFS: new AppError('INTERNAL', '数据所在磁盘为只读，未保存。请检查磁盘或U盘的写保护'),
  EACCES: new AppError('INTERNAL', '没有写入数据目录的权限，未保存。请以有权限的账户运行本软件'),
  EPERM: new AppError('INTERNAL', '没有写入数据目录的权限，未保存。请以有权限的账户运行本软件'),
  EIO: new AppError('INTERNAL', '读写磁盘出错，未保存。请检查磁盘是否损坏或U盘是否已拔出'),
};

/** SQLite result codes (better-sqlite3 names them SQLITE_…; extended codes start with the primary one). */
const SQLITE_CODES: [prefix: string, error: AppError][] = [
  ['SQLITE_FULL', new AppError('DISK_FULL', DISK_FULL_MESSAGE)],
  ['SQLITE_BUSY', new AppError('CONFLICT', '数据正被其他窗口占用，请稍后重试')],
  ['SQLITE_LOCKED', new AppError('CONFLICT', '数据正被其他操作占用，请稍后重试')],
  ['SQLITE_CONSTRAINT', new AppError('CONFLICT', '该记录与已有数据冲突（可能重复或仍被引用），未保存')],
  ['SQLITE_READONLY', new AppError('INTERNAL', '数据文件为只读，未保存。请检查数据目录的权限或磁盘写保护')],
  ['SQLITE_IOERR', new AppError('INTERNAL', '读写数据文件出错，未保存。请检查磁盘后重试')],
  ['SQLITE_CORRUPT', new AppError('INTEGRITY', '数据文件已损坏，未保存。请在“设置 → 备份与恢复”中从备份恢复')],
  ['SQLITE_NOTADB', new AppError('INTEGRITY', '数据文件已损坏或不是台账数据，请在“设置 → 备份与恢复”中从备份恢复')],
  ['SQLITE_CANTOPEN', new AppError('INTERNAL', '无法打开数据文件，请检查数据目录是否存在、是否有权限')],
  ['SQLITE_NOMEM', new AppError('INTERNAL', '内存不足，未保存。请关闭其他程序后重试')],
  ['SQLITE_TOOBIG', new AppError('TOO_LARGE', '内容过大，未保存')],
];

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** The Chinese AppError for a disk or database failure, or null when the error is something else. */
export function storageFailure(error: unknown): AppError | null {
  const code = codeOf(error);
  if (!code) return null;
  if (code in FS_CODES) return FS_CODES[code];
  if (!code.startsWith('SQLITE_')) return null;
  const known = SQLITE_CODES.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`));
  return known ? known[1] : new AppError('INTERNAL', '数据库操作失败，未保存。请重试；如仍失败，请联系管理员', { sqlite: code });
}
