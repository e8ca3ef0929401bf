import path from 'node:path';
import { sanitizeFileName } from '../export/file-name';

// What the desktop's native 另存为…/打开… dialogs offer: the default name and folder, and file-type
// filters in the office's words. Plain data, so the Electron side only passes it on.

export interface FileFilter {
  name: string;
  extensions: string[];
}

const KINDS: Record<string, string> = {
  xlsx: 'Excel 工作簿',
  docx: 'Word 文档',
  pdf: 'PDF 文件',
  zip: 'ZIP 压缩包',
  csv: 'CSV 文件',
  txt: '文本文件',
};

const ALL_FILES: FileFilter = { name: '所有文件', extensions: ['*'] };

/** The save dialog for a file: its name in the folder last saved to, and its own type first. */
export function saveDialogOptions(fileName: string, folder: string): { defaultPath: string; filters: FileFilter[] } {
  const name = sanitizeFileName(fileName);
  const ext = path.extname(name).slice(1).toLowerCase();
  const own = ext ? [{ name: KINDS[ext] ?? `${ext.toUpperCase()} 文件`, extensions: [ext] }] : [];
  return { defaultPath: path.join(folder, name), filters: [...own, ALL_FILES] };
}

/** The files the importer reads (the same list the page's file field accepts). */
export const IMPORT_EXTENSIONS = ['docx', 'xlsx', 'csv', 'txt'];

export function openDialogOptions(purpose: 'import' | 'evidence'): { properties: ('openFile' | 'multiSelections')[]; filters: FileFilter[] } {
  if (purpose === 'import')
    return { properties: ['openFile'], filters: [{ name: 'Word、Excel、CSV 或文本文件', extensions: IMPORT_EXTENSIONS }, ALL_FILES] };
  return {
    properties: ['openFile', 'multiSelections'],
    filters: [ALL_FILES, { name: '图片', extensions: ['jpg', 'jpeg', 'png', 'gif', 'webp', 'bmp'] }, { name: '文档', extensions: ['docx', 'doc', 'xlsx', 'xls', 'pdf', 'pptx', 'txt'] }],
  };
}

const MIME_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  txt: 'text/plain',
  csv: 'text/csv',
  zip: 'application/zip',
  mp4: 'video/mp4',
};

/** The type a browser would give a file of this name (a file opened from disk has only its name). */
export function mimeOfFileName(name: string): string {
  return MIME_BY_EXTENSION[path.extname(name).slice(1).toLowerCase()] ?? 'application/octet-stream';
}

const SAVE_FAILURES: Record<string, string> = {
  EBUSY: '文件正被其他程序（如 Excel、WPS）打开，请关闭后重试',
  EPERM: '文件正被其他程序打开，或没有写入权限',
  EACCES: '没有写入该文件夹的权限，请换一个位置',
  ENOSPC: '磁盘空间不足',
  ENOENT: '文件夹不存在',
};

/** Why a file could not be written where the person chose, in their words. */
export function saveFailureText(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return `无法保存到 ${file}：${(code && SAVE_FAILURES[code]) ?? (error instanceof Error ? error.message : String(error))}`;
}
