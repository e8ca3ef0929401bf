import type { z } from 'zod';
import type { importPreviewInput } from '../../../core/contract/import';
import { MAX_FILE_BYTES } from '../../../core/import/limits';
import { uploadFile } from '../api/upload';

// What the person gave the importer (pasted text or a file) and how it reaches imports.preview.

export type SourceTab = 'text' | 'file';
export type KindChoice = 'auto' | 'plan' | 'notice';

export interface ImportRequest {
  year: number;
  kind: KindChoice;
  tab: SourceTab;
  text: string;
  file: File | null;
  /** Workbook sheet: its name, or 1-based position; empty: the importer picks. */
  sheet: string;
}

type PreviewInput = z.input<typeof importPreviewInput>;

// Pasted text above this goes up as a file: the JSON request body of serve mode is limited to 10 MB.
const TEXT_AS_FILE_CHARS = 1_000_000;

/** Why the request cannot be sent as it is; null when it can. */
export function requestProblem(request: ImportRequest): string | null {
  if (request.tab === 'text') return request.text.trim() ? null : '请先粘贴计划或通知的文字';
  if (!request.file) return '请先选择文件';
  if (request.file.size === 0) return '文件为空';
  if (request.file.size > MAX_FILE_BYTES) return `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，无法导入；工作计划通常只有几百 KB，请确认文件是否正确`;
  return null;
}

function sheetChoice(sheet: string): number | string | undefined {
  const trimmed = sheet.trim();
  if (!trimmed) return undefined;
  return /^[1-9]\d?$/.test(trimmed) ? Number(trimmed) - 1 : trimmed;
}

async function uploaded(blob: Blob, fileName: string, sheet?: number | string): Promise<PreviewInput['source']> {
  const { sha256 } = await uploadFile(blob);
  return { kind: 'file', sha256, fileName, ...(sheet !== undefined ? { sheet } : {}) };
}

/** The preview call's input; files (and very long text, in serve mode) are uploaded first. */
export async function previewInputOf(request: ImportRequest): Promise<PreviewInput> {
  const documentKind = request.kind === 'auto' ? undefined : request.kind;
  let source: PreviewInput['source'];
  if (request.tab === 'file' && request.file) source = await uploaded(request.file, request.file.name, sheetChoice(request.sheet));
  else if (request.text.length > TEXT_AS_FILE_CHARS ) source = await uploaded(new Blob([request.text], { type: 'text/plain' }), '粘贴的文字.txt');
  else source = { kind: 'text', text: request.text };
  return { year: request.year, source, ...(documentKind ? { documentKind } : {}) };
}
