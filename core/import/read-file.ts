import { decodeText } from './decode-text';
import { ImportError } from './import-error';
import { type ImportProblem, problem } from './import-result';
import { MAX_FILE_BYTES, MAX_LINES } from './limits';
import { isDocxDirectory, readDocx } from './read-docx';
import { readCsv } from './read-csv';
import { type SheetChoice, readXlsx } from './read-xlsx';
import { rowsToText } from './rows-to-text';
import { type Container, sniffContainer } from './sniff';
import { zipDirectory } from './zip-guard';

// An uploaded file → text for the parsers. The real type comes from the bytes (a renamed .exe is refused as
// one, a .docx saved as .txt still reads); the file name only tells CSV from plain text, which look alike.

export type ImportFormat = 'docx' | 'xlsx' | 'csv' | 'text';

export interface ImportFile {
  format: ImportFormat;
  text: string;
  /** Spreadsheets: the rows the text was made from, and the sheet they came from. */
  rows?: string[][];
  sheetName?: string;
  problems: ImportProblem[];
}

const REFUSED: Partial<Record<Container, () => ImportError>> = {
  cfb: () => new ImportError('legacy_format', '不支持旧版 .doc/.xls 或加密的文件，请在 Word/Excel/WPS 中另存为 .docx/.xlsx 后再导入'),
  pdf: () => new ImportError('unsupported_format', '暂不支持 PDF，请导入 Word（.docx）、Excel（.xlsx）或文本文件'),
  executable: () => new ImportError('not_document', '这是程序文件，不是文档，无法导入'),
  image: () => new ImportError('unsupported_format', '这是图片，无法识别其中的文字，请导入 Word、Excel 或文本文件'),
  archive: () => new ImportError('unsupported_format', '这是压缩包，请解压后导入其中的 Word、Excel 或文本文件'),
  rtf: () => new ImportError('unsupported_format', '不支持 RTF 格式，请在 Word/WPS 中另存为 .docx 后再导入'),
};

async function readZipDocument(bytes: Uint8Array, choice: SheetChoice): Promise<ImportFile> {
  const entries = zipDirectory(bytes);
  if (isDocxDirectory(entries)) return { format: 'docx', text: await readDocx(bytes), problems: [] };
  if (entries.some((e) => e.name === 'xl/workbook.xml')) {
    const sheet = await readXlsx(bytes, choice);
    return spreadsheet('xlsx', sheet.rows, sheet.sheetName, sheet.truncated);
  }
  if (entries.some((e) => e.name === 'mimetype' || e.name === 'content.xml')) {
    throw new ImportError('unsupported_format', '不支持 OpenDocument（.odt/.ods）格式，请另存为 .docx/.xlsx 后再导入');
  }
  throw new ImportError('unsupported_format', '这是压缩包而不是 Word/Excel 文档，请解压后导入其中的文件');
}

function spreadsheet(format: ImportFormat, rows: string[][], sheetName: string, truncated: boolean): ImportFile {
  const problems = truncated ? [problem(MAX_LINES, '', 'truncated', `表格超过${MAX_LINES}行，只导入了前${MAX_LINES}行`)] : [];
  return { format, text: rowsToText(rows), rows, sheetName, problems };
}

export async function readImportFile(bytes: Uint8Array, fileName: string, choice: SheetChoice = {}): Promise<ImportFile> {
  const file = await readAnyFile(bytes, fileName, choice);
  if (!file.text.trim()) throw new ImportError('empty', '文件中没有文字内容');
  return file;
}

async function readAnyFile(bytes: Uint8Array, fileName: string, choice: SheetChoice): Promise<ImportFile> {
  if (bytes.length === 0) throw new ImportError('empty', '文件为空');
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ImportError('too_large', `文件超过${MAX_FILE_BYTES / 1024 / 1024}MB，无法导入；工作计划通常只有几百KB，请确认文件是否正确`);
  }
  const container = sniffContainer(bytes);
  if (container === 'zip') return readZipDocument(bytes, choice);
  const refused = REFUSED[container];
  if (refused) throw refused();
  if (/\.csv$/i.test(fileName)) {
    const sheet = await readCsv(bytes);
    return spreadsheet('csv', sheet.rows, sheet.sheetName, sheet.truncated);
  }
  return { format: 'text', text: decodeText(bytes), problems: [] };
}
