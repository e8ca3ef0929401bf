import ExcelJS from 'exceljs';
import { ImportError } from './import-error';
import { findHeader } from './table-columns';
import { type WorksheetRows, worksheetRows } from './worksheet-rows';
import { assertDeclaredWithin, inflateCapped, newBudget, openZip, zipDirectory } from './zip-guard';

// An .xlsx → the rows of one sheet. exceljs inflates every part of the file, so every part is first inflated
// here under the shared cap (streamed and discarded) — a zip whose sizes lie is stopped before exceljs sees it.
// The sheet is the one asked for (index from 0, or name), else the first with a recognisable header row.

export interface SheetRows extends WorksheetRows {
  sheetName: string;
}

export interface SheetChoice {
  sheet?: number | string;
}

async function measureZip(bytes: Uint8Array): Promise<void> {
  const entries = zipDirectory(bytes);
  assertDeclaredWithin(entries);
  const zip = await openZip(bytes);
  const budget = newBudget();
  for (const entry of entries) if (!entry.name.endsWith('/')) await inflateCapped(zip, entry.name, budget);
}

function chooseSheet(workbook: ExcelJS.Workbook, choice: SheetChoice): SheetRows {
  const sheets = workbook.worksheets;
  if (choice.sheet !== undefined) {
    const ws = typeof choice.sheet === 'number' ? sheets[choice.sheet] : workbook.getWorksheet(choice.sheet);
    if (!ws) {
      throw new ImportError('sheet_not_found', `找不到工作表“${choice.sheet}”（文件中有：${sheets.map((s) => s.name).join('、') || '无'}）`);
    }
    return { sheetName: ws.name, ...worksheetRows(ws) };
  }
  const read = sheets.map((ws) => ({ sheetName: ws.name, ...worksheetRows(ws) }));
  const chosen = read.find((s) => findHeader(s.rows)) ?? read.find((s) => s.rows.some((r) => r.length > 0));
  if (!chosen) throw new ImportError('empty', '表格中没有内容');
  return chosen;
}

export async function readXlsx(bytes: Uint8Array, choice: SheetChoice = {}): Promise<SheetRows> {
  await measureZip(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new ImportError('corrupt', 'Excel 文件已损坏或格式不正确，请在 Excel/WPS 中另存为 .xlsx 后再导入');
  }
  return chooseSheet(workbook, choice);
}
