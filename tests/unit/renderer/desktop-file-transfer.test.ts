// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The renderer's file seams in the desktop window: with the preload's bridge present, exports go to the
// 另存为 call, 打开 gives File objects and evidence is read through ledger-file://; the page never touches
// the file system itself.

const invoke = vi.fn();

beforeEach(() => {
  vi.resetModules();
  invoke.mockReset();
  (window as unknown as { ledger: unknown }).ledger = { invoke };
});
afterEach(() => {
  delete (window as unknown as { ledger?: unknown }).ledger;
});

describe('desktop file seams', () => {
  it('saves an export through 另存为 and reports where, or null when cancelled', async () => {
    const { saveExportedFile } = await import('../../../renderer/src/exports/fileTransfer');
    const file = { fileName: '2023年度督查台账.xlsx', mime: 'application/x', base64: 'UEs=' };
    invoke.mockResolvedValueOnce({ ok: true, data: { path: 'D:\\台账\\2023年度督查台账.xlsx' } });
    expect(await saveExportedFile(file)).toBe('D:\\台账\\2023年度督查台账.xlsx');
    expect(invoke).toHaveBeenCalledWith('@save-export', file);
    invoke.mockResolvedValueOnce({ ok: true, data: { path: null } });
    expect(await saveExportedFile(file)).toBeNull();
    invoke.mockResolvedValueOnce({ ok: false, error: { code: 'INTERNAL', message: '无法保存到 D:\\台账' } });
    await expect(saveExportedFile(file)).rejects.toThrow('无法保存到');
  });

  it('turns the files chosen in 打开 into File objects, as a file field would give them', async () => {
    const { openFilesNatively } = await import('../../../renderer/src/api/desktop');
    invoke.mockResolvedValueOnce({ ok: true, data: { files: [{ name: '照片.png', mime: 'image/png', bytes: new Uint8Array([1, 2, 3]) }] } });
    const [file] = await openFilesNatively('evidence');
    expect(invoke).toHaveBeenCalledWith('@open-files', { purpose: 'evidence' });
    expect([file.name, file.type, file.size]).toEqual(['照片.png', 'image/png', 3]);
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('reads evidence through ledger-file:// and opens or saves it through the main process', async () => {
    const evidence = await import('../../../renderer/src/supervision/evidenceFiles');
    expect(evidence.fileUrl(12)).toBe('ledger-file://evidence/12');
    invoke.mockResolvedValue({ ok: true, data: { ok: true, path: '/home/团委/照片.png' } });
    await evidence.openInViewer(12);
    expect(await evidence.saveEvidenceAs(12)).toBe('/home/团委/照片.png');
    expect(invoke.mock.calls).toEqual([['@open-evidence', { id: 12 }], ['@save-evidence', { id: 12 }]]);
  });
});

describe('serve mode keeps the browser\'s ways', () => {
  it('reads evidence at /files/<id> and saves exports as downloads', async () => {
    delete (window as unknown as { ledger?: unknown }).ledger;
    const evidence = await import('../../../renderer/src/supervision/evidenceFiles');
    expect(evidence.fileUrl(12, true)).toBe('/files/12?download');
    const { saveExportedFile } = await import('../../../renderer/src/exports/fileTransfer');
    URL.createObjectURL = vi.fn(() => 'blob:x');
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    expect(await saveExportedFile({ fileName: '事项.csv', mime: 'text/csv', base64: 'YQ==' })).toBe('事项.csv');
    expect(clicked).toHaveBeenCalled();
    expect(invoke).not.toHaveBeenCalled();
  });
});
