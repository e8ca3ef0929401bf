import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blobPath, storeBlob } from '../../../core/services/evidence-store';
import { desktopCallHandlers } from '../../../electron/desktop-calls';
import { openTestLedger, tempDir, type TestLedger } from '../../helpers/temp-ledger';

const PHOTO = Buffer.from('not really a png, but bytes all the same');

let ledger: TestLedger;
let session: string;
let attachmentId: number;
let photoSha: string;
let home: string;
const dialog = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() };
const shell = { openPath: vi.fn(async (_file: string) => '') };
const parent = { id: 'main window' };
const sender = { id: 1 } as never;

function handlers() {
  return desktopCallHandlers({
    app: ledger.app,
    dialog: dialog as never,
    shell,
    windowOf: () => parent as never,
    firstFolder: path.join(home, 'Documents'),
    viewerCopies: path.join(home, 'viewer'),
  });
}

beforeEach(async () => {
  vi.clearAllMocks();
  home = tempDir('ledger-desktop-home-');
  ledger = openTestLedger();
  const { planId } = await ledger.ok('demo.load', {});
  const itemId = (await ledger.ok('items.search', { planId, limit: 1 })).rows[0].id;
  photoSha = (await storeBlob(ledger.dataDir, [PHOTO])).sha256;
  attachmentId = (await ledger.ok('evidence.add', { itemId, progressEntryId: null, sha256: photoSha, originalName: '活动:照片.png', mime: 'image/png' })).id;
  session = ((await ledger.signIn('clerk')) as { session: string }).session;
});

afterEach(() => {
  ledger.close();
  fs.rmSync(home, { recursive: true, force: true });
});

describe('另存为 an export', () => {
  const file = { fileName: '2023年度督查台账.xlsx', mime: 'application/octet-stream', base64: Buffer.from('PK table').toString('base64') };

  it('offers the default name in the documents folder first, then in the folder last saved to', async () => {
    const target = path.join(home, '台账', '三月.xlsx');
    fs.mkdirSync(path.dirname(target));
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await handlers()['@save-export'](file, { session, sender })).toEqual({ path: target });
    expect(fs.readFileSync(target, 'utf8')).toBe('PK table');
    const [window, options] = dialog.showSaveDialog.mock.calls[0];
    expect(window).toBe(parent);
    expect(options).toMatchObject({ title: '另存为', defaultPath: path.join(home, 'Documents', '2023年度督查台账.xlsx') });
    expect(options.filters[0]).toEqual({ name: 'Excel 工作簿', extensions: ['xlsx'] });

    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await handlers()['@save-export'](file, { session, sender })).toEqual({ path: null });
    expect(dialog.showSaveDialog.mock.calls[1][1].defaultPath).toBe(path.join(home, '台账', '2023年度督查台账.xlsx'));
  });

  it('says where it could not save, and remembers nothing then', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(home, 'no-such-folder', 'a.xlsx') });
    await expect(handlers()['@save-export'](file, { session, sender })).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('文件夹不存在') });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await handlers()['@save-export'](file, { session, sender });
    expect(dialog.showSaveDialog.mock.calls[1][1].defaultPath).toBe(path.join(home, 'Documents', '2023年度督查台账.xlsx'));
  });
});

describe('evidence in the desktop window', () => {
  it('saves a piece of evidence under its original name (made safe for the file system), for a signed-in user only', async () => {
    await expect(handlers()['@save-evidence']({ id: attachmentId }, { session: null, sender })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const target = path.join(home, 'copy.png');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await handlers()['@save-evidence']({ id: attachmentId }, { session, sender });
    expect(dialog.showSaveDialog.mock.calls[0][1].defaultPath).toBe(path.join(home, 'Documents', '活动_照片.png'));
    expect(fs.readFileSync(target).equals(PHOTO)).toBe(true);
  });

  it('opens a copy in the system viewer, never the stored file, and refuses a file changed on disk', async () => {
    await handlers()['@open-evidence']({ id: attachmentId }, { session, sender });
    const opened = shell.openPath.mock.calls[0][0];
    expect(opened.startsWith(path.join(home, 'viewer'))).toBe(true);
    expect(fs.readFileSync(opened).equals(PHOTO)).toBe(true);

    shell.openPath.mockResolvedValueOnce('No application is associated');
    await expect(handlers()['@open-evidence']({ id: attachmentId }, { session, sender })).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('No application') });

    fs.writeFileSync(blobPath(ledger.dataDir, photoSha), 'tampered');
    shell.openPath.mockClear();
    await expect(handlers()['@open-evidence']({ id: attachmentId }, { session, sender })).rejects.toMatchObject({ code: 'INTEGRITY' });
    expect(shell.openPath).not.toHaveBeenCalled();
  });
});

describe('打开 files', () => {
  it('offers the importer\'s file types and hands back the chosen document\'s bytes and type', async () => {
    const doc = path.join(home, '工作纲要.docx');
    fs.writeFileSync(doc, 'PK word');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [doc] });
    const { files } = await handlers()['@open-files']({ purpose: 'import' }, { session, sender });
    expect(files).toEqual([{ name: '工作纲要.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: new Uint8Array(Buffer.from('PK word')) }]);
    const options = dialog.showOpenDialog.mock.calls[0][1];
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters[0].extensions).toEqual(['docx', 'xlsx', 'csv', 'txt']);
  });

  it('lets evidence be chosen several at a time, refuses a file over 50 MB, and returns nothing when cancelled', async () => {
    const big = path.join(home, '视频.mp4');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 51 * 1024 * 1024);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [big] });
    await expect(handlers()['@open-files']({ purpose: 'evidence' }, { session, sender })).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('视频.mp4') });
    expect(dialog.showOpenDialog.mock.calls[0][1].properties).toContain('multiSelections');

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await handlers()['@open-files']({ purpose: 'evidence' }, { session, sender })).toEqual({ files: [] });
  });
});
