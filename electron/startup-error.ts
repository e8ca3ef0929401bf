import { NewerDatabaseError } from '../db/client';

/**
 * The dialog shown when the ledger cannot be opened. A newer database already explains itself;
 * anything else gets the folder, so the office can find (and back up) its data.
 */
export function startupErrorText(error: unknown, dataDir: string): { title: string; content: string } {
  const title = '无法打开台账数据';
  if (error instanceof NewerDatabaseError) return { title, content: error.message };
  const reason = error instanceof Error ? error.message : String(error);
  return { title, content: `打开数据文件时出错，程序将退出。\n\n数据目录：${dataDir}\n原因：${reason}` };
}
