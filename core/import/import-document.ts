import { type DocumentKind, detectKind } from './detect-kind';
import type { PlanImportResult } from './import-result';
import { parseNotice } from './parse-notice';
import { parsePlanText } from './parse-plan-text';
import { type ImportFormat, readImportFile } from './read-file';
import type { SheetChoice } from './read-xlsx';

// The whole import of one file: read it, tell a plan from a notice (unless the caller knows), parse, and
// report the reader's problems (a cut-off sheet) together with the parser's.

export interface ImportDocumentOptions extends SheetChoice {
  year: number;
  title?: string;
  today?: string;
  kind?: DocumentKind;
}

export interface DocumentImport extends PlanImportResult {
  kind: DocumentKind;
  format: ImportFormat;
}

export async function importDocument(bytes: Uint8Array, fileName: string, opts: ImportDocumentOptions): Promise<DocumentImport> {
  const file = await readImportFile(bytes, fileName, opts);
  const kind = opts.kind ?? (file.rows ? 'plan' : detectKind(file.text));
  const result = kind === 'notice' ? parseNotice(file.text, opts) : parsePlanText(file.text, opts);
  const problems = [...file.problems, ...result.problems];
  return { ...result, problems, stats: { ...result.stats, problems: problems.length }, kind, format: file.format };
}
