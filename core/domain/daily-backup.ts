import { sameLocalDay } from './backup-rotation';

// When the automatic backup is due. Never for an empty ledger, nor when nothing has changed since the
// newest backup (its audit chain ends where the ledger's does). Otherwise: at close, always (the day's
// work is kept); at start and through the day, when there is none from today yet.

export interface NewestBackup {
  createdAt: Date;
  auditHead: string | null;
}

export function dailyBackupDue(newest: NewestBackup | undefined, now: Date, auditHead: string | null, atClose: boolean): boolean {
  if (auditHead === null) return false;
  if (!newest) return true;
  if (newest.auditHead === auditHead) return false;
  return atClose || !sameLocalDay(newest.createdAt, now);
}
