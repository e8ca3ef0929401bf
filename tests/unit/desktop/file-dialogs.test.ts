import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeOfFileName, openDialogOptions, saveDialogOptions, saveFailureText } from '../../../core/desktop/file-dialogs';

describe('native file dialogs', () => {
  it('saves under the export\'s name in the given folder, its own type listed first', () => {
    expect(saveDialogOptions('2023年督查通报第3期.docx', '/home/团委/文档')).toEqual({
      defaultPath: path.join('/home/团委/文档', '2023年督查通报第3期.docx'),
      filters: [{ name: 'Word 文档', extensions: ['docx'] }, { name: '所有文件', extensions: ['*'] }],
    });
    expect(saveDialogOptions('a/b:c.pdf', '/x').defaultPath).toBe(path.join('/x', 'a_b_c.pdf'));
  });

  it('opens one document for the importer, several files as evidence', () => {
    expect(openDialogOptions('import').properties).toEqual(['openFile']);
    expect(openDialogOptions('evidence').properties).toEqual(['openFile', 'multiSelections']);
  });

  it('gives a file opened from disk the type a browser would', () => {
    expect(mimeOfFileName('照片.JPG')).toBe('image/jpeg');
    expect(mimeOfFileName('总结.pdf')).toBe('application/pdf');
    expect(mimeOfFileName('无扩展名')).toBe('application/octet-stream');
  });

  it('says why a save failed in the office\'s words', () => {
    const busy = Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
    expect(saveFailureText('D:\\台账.xlsx', busy)).toBe('无法保存到 D:\\台账.xlsx：文件正被其他程序（如 Excel、WPS）打开，请关闭后重试');
    expect(saveFailureText('/x', new Error('odd'))).toBe('无法保存到 /x：odd');
  });
});
