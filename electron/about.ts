import type { BrowserWindow, Dialog, Shell } from 'electron';
import { WINDOW_TITLE } from './window-options';

export interface AboutDeps {
  dialog: Pick<Dialog, 'showMessageBox'>;
  shell: Pick<Shell, 'openPath'>;
  window: BrowserWindow | null;
  version: string;
  dataDir: string;
}

/** 帮助 > 关于: the version and the data folder, with a button that opens the folder (to back it up, say). */
export async function showAbout({ dialog, shell, window, version, dataDir }: AboutDeps): Promise<void> {
  const options = {
    type: 'info' as const,
    title: '关于',
    message: WINDOW_TITLE,
    detail: `版本 ${version}\n数据文件夹：${dataDir}`,
    buttons: ['确定', '打开数据文件夹'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  if (response === 1) await shell.openPath(dataDir);
}
