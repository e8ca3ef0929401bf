import type { BrowserWindow, Dialog, Shell, WebContents } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import type { LedgerApp } from '../core/app';
import { AppError } from '../core/contract/app-error';
import type { DesktopCallInput, DesktopCallName, DesktopCallOutput } from '../core/contract/desktop-calls';
import { mimeOfFileName, openDialogOptions, saveDialogOptions, saveFailureText } from '../core/desktop/file-dialogs';
import { readDesktopState, updateDesktopState } from '../core/desktop/desktop-state';
import { sanitizeFileName } from '../core/export/file-name';
import { MAX_EVIDENCE_BYTES } from '../core/services/evidence-store';
import { readEvidenceFile } from '../core/transport/http-evidence';

/** Who asked: the window's login session (kept by ipc.ts) and its web contents, the parent of any dialog. */
export interface CallerWindow {
  session: string | null;
  sender: WebContents;
}

export type DesktopCallHandlers = {
  [N in DesktopCallName]: (input: DesktopCallInput<N>, caller: CallerWindow) => Promise<DesktopCallOutput<N>>;
};

export interface DesktopCallDeps {
  app: LedgerApp;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  shell: Pick<Shell, 'openPath'>;
  windowOf: (sender: WebContents) => BrowserWindow | null;
  /** Where dialogs start before anything was saved (the user's documents folder). */
  firstFolder: string;
  /** A folder of this run's own for copies opened in the system's viewer. */
  viewerCopies: string;
}

/**
 * The desktop's file dialogs and viewer, behind the same IPC channel as the contract. Every read of
 * evidence goes through serve mode's checks (signed in, hash verified); the folder last used is
 * remembered in the data folder.
 */
export function desktopCallHandlers(deps: DesktopCallDeps): DesktopCallHandlers {
  const { app, dialog, shell, windowOf } = deps;
  const lastFolder = () => readDesktopState(app.dataDir).lastFolder ?? deps.firstFolder;
  const remember = (file: string) => updateDesktopState(app.dataDir, { lastFolder: path.dirname(file) });

  async function saveAs(sender: WebContents, fileName: string, bytes: Uint8Array) {
    const { defaultPath, filters } = saveDialogOptions(fileName, lastFolder());
    const options = { title: '另存为', defaultPath, filters };
    const parent = windowOf(sender);
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { path: null };
    try {
      await fs.promises.writeFile(choice.filePath, bytes);
    } catch (error) {
      // A file open in Excel/WPS, a read-only folder, a full disk: say which, not a bare "internal error".
      throw new AppError('INTERNAL', saveFailureText(choice.filePath, error));
    }
    remember(choice.filePath);
    return { path: choice.filePath };
  }

  async function readChosen(file: string) {
    const name = path.basename(file);
    if ((await fs.promises.stat(file)).size > MAX_EVIDENCE_BYTES)
      throw new AppError('TOO_LARGE', `《${name}》超过 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB，未打开。请压缩后再选择`);
    return { name, mime: mimeOfFileName(name), bytes: new Uint8Array(await fs.promises.readFile(file)) };
  }

  return {
    '@save-export': ({ fileName, base64 }, { sender }) => saveAs(sender, fileName, Buffer.from(base64, 'base64')),

    '@save-evidence': async ({ id }, { session, sender }) => {
      const file = await readEvidenceFile(app, session, id, true);
      return saveAs(sender, file.name, file.body);
    },

    '@open-evidence': async ({ id }, { session }) => {
      const file = await readEvidenceFile(app, session, id, false);
      // A copy per attachment: the viewer may keep it open or even change it; the stored file stays intact.
      const folder = path.join(deps.viewerCopies, String(id));
      await fs.promises.mkdir(folder, { recursive: true });
      const copy = path.join(folder, sanitizeFileName(file.name, `佐证材料${id}`));
      await fs.promises.writeFile(copy, file.body);
      const failure = await shell.openPath(copy);
      if (failure) throw new AppError('INTERNAL', `无法用系统程序打开《${file.name}》：${failure}`);
      return { ok: true as const };
    },

    '@open-files': async ({ purpose }, { sender }) => {
      const options = { title: purpose === 'import' ? '打开计划或通知文件' : '选择佐证材料', defaultPath: lastFolder(), ...openDialogOptions(purpose) };
      const parent = windowOf(sender);
      const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      if (choice.canceled || choice.filePaths.length === 0) return { files: [] };
      remember(choice.filePaths[0]);
      const files = [];
      for (const file of choice.filePaths) files.push(await readChosen(file));
      return { files };
    },
  };
}
