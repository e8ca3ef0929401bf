import { App } from 'antd';
import type { BackupView } from '../../../core/contract/backup-methods';
import { useApiMutation } from '../api/hooks';
import { backupTimeText } from './backupText';

/** After a restore everyone is signed out and every screen shows other data: the page starts afresh. */
const RELOAD_AFTER_MS = 1500;

/**
 * Restoring a backup, from the list or from a file: says what will happen, and once done reloads the page
 * (everyone signs in again; the accounts may differ in the backup).
 */
export function useRestore() {
  const { message } = App.useApp();
  const restore = useApiMutation('backups.restore', { inlineError: true });
  const run = async (input: { name: string } | { file: string }) => {
    const result = await restore.mutateAsync(input);
    void message.success(`已恢复到 ${backupTimeText(result.restored.createdAt)} 的备份，请重新登录。恢复前的数据已另存为备份。`, RELOAD_AFTER_MS / 1000 + 1);
    window.setTimeout(() => window.location.reload(), RELOAD_AFTER_MS);
  };
  return { run, pending: restore.isPending, error: restore.error };
}

/** What the confirmation says before the current data is replaced. */
export function restoreWarning(backup: BackupView): string {
  return `当前数据将被 ${backupTimeText(backup.createdAt)} 的备份（${backup.plans} 个年度计划、${backup.items} 项事项）替换。恢复前会自动备份当前数据；恢复后所有用户需要重新登录。`;
}
