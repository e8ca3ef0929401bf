import { App } from 'antd';
import { useCallback } from 'react';
import { saveExportedFile, type ExportedFile } from './fileTransfer';

/** Saves an exported file and says where (or why not); cancelling the save dialog says nothing. */
export function useSaveExport(): (file: ExportedFile) => Promise<void> {
  const { message } = App.useApp();
  return useCallback(
    async (file) => {
      try {
        const saved = await saveExportedFile(file);
        if (saved) void message.success(`已导出：${saved}`);
      } catch (error) {
        void message.error(`未保存：${(error as Error).message}`);
      }
    },
    [message],
  );
}
