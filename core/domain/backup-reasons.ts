// Why a backup was taken: shown in the list of backups, and part of each file's name.

export const BACKUP_REASONS = ['daily', 'manual', 'before-restore', 'before-plan-delete', 'before-reimport', 'before-migration'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  daily: '每日自动备份',
  manual: '手动备份',
  'before-restore': '恢复前自动备份',
  'before-plan-delete': '删除计划前自动备份',
  'before-reimport': '重新导入前自动备份',
  'before-migration': '升级前自动备份',
};
