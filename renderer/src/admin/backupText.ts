import dayjs from 'dayjs';
import { BACKUP_REASON_LABELS, type BackupReason } from '../../../core/domain/backup-reasons';

const MB = 1024 * 1024;

/** 1.2 MB, 340 KB */
export function sizeText(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** A backup's time to the second: two taken in the same minute must not look alike. */
export function backupTimeText(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD HH:mm:ss');
}

export function reasonText(reason: BackupReason): string {
  return BACKUP_REASON_LABELS[reason];
}

/** The folder last used for 备份到…, offered again next time (a USB stick usually keeps its letter). */
const LAST_FOLDER_KEY = 'ledger.backupFolder';

export function lastBackupFolder(): string {
  return window.localStorage.getItem(LAST_FOLDER_KEY) ?? '';
}

export function rememberBackupFolder(folder: string): void {
  window.localStorage.setItem(LAST_FOLDER_KEY, folder);
}
