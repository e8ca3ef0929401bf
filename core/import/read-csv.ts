import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { decodeText } from './decode-text';
import { ImportError } from './import-error';
import type { SheetRows } from './read-xlsx';
import { worksheetRows } from './worksheet-rows';

// A .csv → rows, through exceljs's CSV reader after decoding the bytes ourselves (Excel in China saves CSV as
// GBK). Every value stays the text that was written: no number or date conversion.

export async function readCsv(bytes: Uint8Array): Promise<SheetRows> {
  const text = decodeText(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    const ws = await workbook.csv.read(Readable.from([text]), { map: (value: string) => value } as never);
    return { sheetName: ws.name, ...worksheetRows(ws) };
  } catch {
    throw new ImportError('corrupt', 'CSV 文件格式不正确，无法读取');
  }
}
