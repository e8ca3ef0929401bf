import { describe, expect, it, vi } from 'vitest';
import { showAbout } from '../../../electron/about';

describe('关于 box', () => {
  const deps = (response: number) => ({
    dialog: { showMessageBox: vi.fn(async () => ({ response, checkboxChecked: false })) },
    shell: { openPath: vi.fn(async () => '') },
    window: null,
    version: '0.1.0',
    dataDir: 'C:\\Users\\团委\\AppData\\Roaming\\LeagueLedger',
  });

  it('shows the version and the data folder, and opens the folder on 打开数据文件夹', async () => {
    const about = deps(1);
    await showAbout(about);
    const [options] = about.dialog.showMessageBox.mock.calls[0] as unknown as [{ detail: string; buttons: string[] }];
    expect(options.detail).toBe('版本 0.1.0\n数据文件夹：C:\\Users\\团委\\AppData\\Roaming\\LeagueLedger');
    expect(options.buttons).toEqual(['确定', '打开数据文件夹']);
    expect(about.shell.openPath).toHaveBeenCalledWith(about.dataDir);
  });

  it('just closes on 确定', async () => {
    const about = deps(0);
    await showAbout(about);
    expect(about.shell.openPath).not.toHaveBeenCalled();
  });
});
