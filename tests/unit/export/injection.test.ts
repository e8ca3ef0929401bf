import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemsCsv } from '../../../core/export/csv';
import { CSV_COLUMNS, LEDGER_COLUMNS } from '../../../core/export/item-columns';
import { formWorkbook } from '../../../core/export/xlsx/sheet-kit';
import { exportItem } from '../../fixtures/export/items';

// Formula injection, checked the way a spreadsheet reads the file back: for any text, no CSV field and no
// xlsx cell may be taken for a formula.

/** What a spreadsheet evaluates: after dropping the control characters it cannot store and any leading
 * blanks, text that begins with a formula sign (ASCII or full-width), or a tab or line break. */
function readsAsFormula(field: string): boolean {
  const stored = field.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
  return /^[\t\r\n]/.test(stored) || /^[ \u00A0\u3000]*[=+\-@＝＋－＠]/.test(stored);
}

/** Splits one CSV line of quoted or plain fields (RFC 4180), line breaks inside quotes kept. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (quoted) {
      if (ch === '"' && text[k + 1] === '"') (field += '"'), k++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') record.push(field), (field = '');
    else if (ch === '\r' && text[k + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), k++;
    else field += ch;
  }
  return records;
}

const dangerous = fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠', '\t', '\r', '\u0001', '\u0000', ' ', '\u3000', '\u00A0', '\u001F');
const hostile = fc.tuple(fc.array(dangerous, { maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 30 })).map(([head, tail]) => head.join('') + tail);

describe('formula injection', () => {
  it('neutralises the known bypass: a control character before =', () => {
    const csv = new TextDecoder().decode(itemsCsv([exportItem({ content: '\u0001=HYPERLINK("http://x","y")' })], CSV_COLUMNS)).slice(1);
    const [, row] = csvRecords(csv);
    expect(row[3]).toBe(`'=HYPERLINK("http://x","y")`);
  });

  it('no CSV field of any text reads back as a formula', () => {
    fc.assert(
      fc.property(hostile, hostile, (content, progress) => {
        const csv = new TextDecoder().decode(itemsCsv([exportItem({ content, progressText: progress, notes: progress })], CSV_COLUMNS)).slice(1);
        for (const record of csvRecords(csv)) for (const field of record) expect(readsAsFormula(field), JSON.stringify(field)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('no xlsx cell of any text is a formula: text is a string cell in Text format', async () => {
    const samples = fc.sample(hostile, 60);
    const rows = samples.map((content) => ({ cells: LEDGER_COLUMNS.map((c) => c.cell(exportItem({ content, progressText: content }))) }));
    const bytes = await formWorkbook('测试', [
      { sheetName: '全年', title: samples[0], meta: { left: samples[1], right: '' }, columns: LEDGER_COLUMNS.map((c) => c.column), rows, signatures: [] },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    let texts = 0;
    workbook.getWorksheet('全年')!.eachRow((row) =>
      row.eachCell((cell) => {
        // A merged range's other cells only mirror its first cell.
        if (cell.master.address !== cell.address) return;
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string' && readsAsFormula(cell.value)) {
          expect(cell.numFmt, cell.address).toBe('@');
          texts++;
        }
      }),
    );
    expect(texts).toBeGreaterThan(0);
  });
});
