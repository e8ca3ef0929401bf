import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestLedger } from '../../helpers/temp-ledger';
import { addProgress, decode, itemBySeq, openDemoLedger, planTables, setContent } from '../../fixtures/export/ledger-rows';
import { readWorkbook } from '../../fixtures/export/readers';

// Formula injection, the CSV encoding, and the promise that an export never changes the plan.

const PAYLOAD = '=HYPERLINK("http://x","y")';

let ledger: TestLedger;
let planId: number;
let itemId: number;

beforeAll(async () => {
  ({ ledger, planId } = await openDemoLedger());
  itemId = itemBySeq(ledger, 'monthly', 3).id;
  setContent(ledger, itemId, PAYLOAD);
  addProgress(ledger, itemId, '2023-03-05', '@SUM(1+1)*cmd|" /C calc"!A0', 10);
});
afterAll(() => ledger.close());

describe('formula injection', () => {
  it('leaves no formula in the xlsx: text goes in as a string in Text format', async () => {
    const bytes = decode(await ledger.ok('exports.ledger', { planId }));
    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets.length).toBe(13);
    for (const sheet of sheets) expect(await zip.file(sheet)!.async('string')).not.toMatch(/<f[\s>]/);
    expect(await zip.file('xl/sharedStrings.xml')!.async('string')).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');

    const workbook = await readWorkbook(bytes);
    let found = 0;
    workbook.getWorksheet('全年')!.eachRow((row) => {
      const cell = row.getCell(3);
      if (cell.value !== PAYLOAD) return;
      found++;
      expect(cell.type).toBe(3); // ExcelJS.ValueType.String
      expect(cell.numFmt).toBe('@');
      expect(row.getCell(7).value).toBe('@SUM(1+1)*cmd|" /C calc"!A0');
    });
    expect(found).toBe(1);
  });

  it('prefixes formula-like CSV fields with an apostrophe', async () => {
    const text = decode(await ledger.ok('exports.csv', { planId })).toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(text).toContain(`"'@SUM(1+1)*cmd|"" /C calc""!A0"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

describe('CSV', () => {
  it('is UTF-8 with a BOM, CRLF line ends, a header and one line per item', async () => {
    const file = await ledger.ok('exports.csv', { planId });
    expect(file.fileName).toBe('2023年度工作事项.csv');
    expect(file.mime).toBe('text/csv;charset=utf-8');
    const bytes = decode(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('类别,序号,月份,工作内容,主办,协办,完成时限,进展情况,完成情况,预警,佐证材料(件),督查意见,备注\r\n')).toBe(true);
    expect(text.replace(/"[^"]*"/g, '').split('\r\n').filter(Boolean)).toHaveLength(67);
    expect(text).toContain('主要任务,1,贯穿全年,');
  });
});

describe('exports leave the plan as it was', () => {
  it('changes no item, progress, evidence or audit row, and a number issue adds only its register row', async () => {
    const before = planTables(ledger);
    await ledger.ok('exports.ledger', { planId });
    await ledger.ok('exports.month', { planId, month: 3, format: 'xlsx' });
    await ledger.ok('exports.csv', { planId });
    await ledger.ok('exports.submission', { planId, period: 'year', format: 'zip' });
    await ledger.ok('exports.preview', { form: 'report', planId, fromMonth: 3 });
    await ledger.ok('exports.report', { planId, fromMonth: 3, format: 'docx' });
    const keyTask = itemBySeq(ledger, 'key', 3).id;
    await ledger.ok('exports.notices', { target: { scope: 'item', itemId: keyTask } });
    expect(planTables(ledger)).toEqual(before);
    const issued = ledger.app.store.sqlite.prepare('SELECT kind, year, number, item_id AS itemId, issued_by AS issuedBy FROM issued_document ORDER BY id').all();
    expect(issued).toEqual([
      { kind: 'report', year: 2023, number: 1, itemId: null, issuedBy: expect.stringMatching(/.+/) },
      { kind: 'notice.supervise', year: 2023, number: 1, itemId: keyTask, issuedBy: expect.stringMatching(/.+/) },
    ]);
  });
});
