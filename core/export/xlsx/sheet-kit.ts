import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { releaseMemorySoon } from '../../services/memory-release';
import { cleanText } from '../cell-safety';
import { cellOf, cellText, type Cell, type CellValue, type FormTable } from '../document';
import { inkOn, signatureText } from '../print-text';
import { rowHeight } from './row-height';

// The one way a form table becomes a worksheet: fonts, borders, print setup and row heights live here so
// every sheet of every workbook prints the same.

const BODY_PT = 11;
// xlsx cannot list fallback fonts; charset 134 (GB2312) lets Excel/WPS substitute a Chinese font of the
// same kind when 仿宋_GB2312 or 黑体 is not installed.
const font = (name: string, size: number, bold = false): Partial<ExcelJS.Font> => ({ name, size, bold, charset: 134 });
const FONTS = {
  title: font('宋体', 18, true),
  meta: font('仿宋_GB2312', BODY_PT),
  header: font('黑体', BODY_PT),
  body: font('仿宋_GB2312', BODY_PT),
  signature: font('仿宋_GB2312', 12),
};
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const HEADER_FILL = '#F2F2F2';
/** Text format: a cell re-entered by hand stays text, so '=…' typed or pasted is never evaluated. */
const TEXT_FORMAT = '@';

/** Rows above the data: title, 制表单位/填报日期, column headers. */
const HEADER_ROWS = 3;

interface StyleSpec {
  font: keyof typeof FONTS;
  align: 'left' | 'center' | 'right';
  /** Table cells: thin borders, wrapped, vertically centred. */
  cell?: boolean;
  fill?: string;
  numFmt?: string;
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

// exceljs writes a style once per distinct object it meets: cells that share one object cost nothing
// more, while per-cell font/border assignments would each build a new style (minutes on a 10k-item year).
const styles = new Map<string, Partial<ExcelJS.Style>>();

function styleOf(spec: StyleSpec): Partial<ExcelJS.Style> {
  const key = `${spec.font}|${spec.align}|${spec.cell ? 1 : 0}|${spec.fill ?? ''}|${spec.numFmt ?? ''}`;
  let style = styles.get(key);
  if (!style) {
    const ink = spec.fill && spec.fill !== HEADER_FILL ? { bold: true, color: { argb: argb(inkOn(spec.fill)) } } : {};
    style = {
      font: { ...FONTS[spec.font], ...ink },
      alignment: { horizontal: spec.align, vertical: 'middle', wrapText: !!spec.cell },
      ...(spec.cell ? { border: BORDER } : {}),
      ...(spec.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(spec.fill) } } } : {}),
      ...(spec.numFmt ? { numFmt: spec.numFmt } : {}),
    };
    styles.set(key, style);
  }
  return style;
}

// The style of each (column spec, fill, number format) a body cell asks for, found without building a
// key or a spec per cell: a 10k-item ledger writes hundreds of thousands of cells.
const variants = new WeakMap<StyleSpec, Map<string, Partial<ExcelJS.Style>>>();

function cellStyle(spec: StyleSpec, fill: string | undefined, numFmt: string | undefined): Partial<ExcelJS.Style> {
  let known = variants.get(spec);
  if (!known) variants.set(spec, (known = new Map()));
  const key = fill ? `${fill}|${numFmt ?? ''}` : (numFmt ?? '');
  let style = known.get(key);
  if (!style) known.set(key, (style = styleOf({ ...spec, fill: fill ?? spec.fill, numFmt })));
  return style;
}

/**
 * Writes a value as a typed cell. Text always goes in as a string (a shared string, never a formula) with
 * the Text number format; exceljs turns only `{ formula }` objects into <f> elements.
 */
function writeCell(target: ExcelJS.Cell, value: CellValue | Cell, spec: StyleSpec): void {
  const cell = cellOf(value);
  if (typeof cell.value === 'number') {
    // A percentage is stored as the fraction Excel formats with %, so it stays usable in formulas.
    target.value = cell.format === 'percent' ? cell.value / 100 : cell.value;
    target.style = cellStyle(spec, cell.fill, cell.format === 'percent' ? '0.0%' : undefined);
  } else {
    target.value = cleanText(cellText(cell));
    target.style = cellStyle(spec, cell.fill, TEXT_FORMAT);
  }
}

function mergeRow(ws: ExcelJS.Worksheet, row: number, from: number, to: number): ExcelJS.Cell {
  if (to > from) ws.mergeCells(row, from, row, to);
  return ws.getCell(row, from);
}

function writeText(ws: ExcelJS.Worksheet, row: number, from: number, to: number, text: string, spec: StyleSpec): void {
  const cell = mergeRow(ws, row, from, to);
  cell.value = cleanText(text);
  cell.style = styleOf({ ...spec, numFmt: TEXT_FORMAT });
}

function writeTitleRows(ws: ExcelJS.Worksheet, table: FormTable): void {
  const last = table.columns.length;
  writeText(ws, 1, 1, last, table.title, { font: 'title', align: 'center' });
  ws.getRow(1).height = 36;
  const half = Math.ceil(last / 2);
  writeText(ws, 2, 1, half, table.meta.left, { font: 'meta', align: 'left' });
  writeText(ws, 2, half + 1, last, table.meta.right, { font: 'meta', align: 'right' });
  ws.getRow(2).height = 22;
  table.columns.forEach((c, k) => writeCell(ws.getCell(HEADER_ROWS, k + 1), c.header, { font: 'header', align: 'center', cell: true, fill: HEADER_FILL }));
  ws.getRow(HEADER_ROWS).height = rowHeight(table.columns.map((c) => c.header), table.columns.map((c) => c.width), BODY_PT, 24);
}

/** Past this many rows the export has used enough memory to be worth handing back at once. */
const BIG_WORKBOOK_ROWS = 5000;

/** Rows written between returns to the event loop (a 10,000-item year is written in well under a second per slice). */
const ROWS_PER_SLICE = 250;

/**
 * Writes the data rows, committing each to the stream once written (so it is freed) and giving the event
 * loop back every few hundred rows. Returns the last row's number.
 */
async function writeBody(ws: ExcelJS.Worksheet, table: FormTable): Promise<number> {
  const widths = table.columns.map((c) => c.width);
  // One spec per column, made once: a sheet has tens of thousands of cells.
  const groupSpec: StyleSpec = { font: 'header', align: 'left', cell: true };
  const bodySpecs: StyleSpec[] = table.columns.map((c) => ({ font: 'body', align: c.align ?? 'left', cell: true }));
  let r = HEADER_ROWS;
  for (const row of table.rows) {
    r++;
    const sheetRow = ws.getRow(r);
    if ('group' in row) {
      // Borders of a merged range belong to each cell it covers: style them all, then merge.
      for (let k = 1; k <= table.columns.length; k++) writeCell(sheetRow.getCell(k), k === 1 ? row.group : '', groupSpec);
      mergeRow(ws, r, 1, table.columns.length);
      sheetRow.height = 22;
    } else {
      row.cells.forEach((value, k) => writeCell(sheetRow.getCell(k + 1), value, bodySpecs[k]));
      sheetRow.height = rowHeight(row.cells.map(cellText), widths, BODY_PT, 20);
    }
    sheetRow.commit();
    if (r % ROWS_PER_SLICE === 0) await nextTurn();
  }
  return r;
}

function writeSignatures(ws: ExcelJS.Worksheet, table: FormTable, afterRow: number): void {
  const r = afterRow + 2;
  writeText(ws, r, 1, table.columns.length, signatureText(table.signatures), { font: 'signature', align: 'left' });
  ws.getRow(r).height = 28;
}

/**
 * A4 landscape, one page wide, header row on every page, page numbers in the footer. The streaming writer
 * writes the sheet's properties and views when the sheet is opened, so they are given at creation.
 */
const PRINT_SETUP: Partial<ExcelJS.AddWorksheetOptions> = {
  pageSetup: {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${HEADER_ROWS}:${HEADER_ROWS}`,
  },
  headerFooter: { oddFooter: '&C&"仿宋_GB2312"&10第 &P 页 共 &N 页' },
  views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROWS, topLeftCell: `A${HEADER_ROWS + 1}`, activeCell: `A${HEADER_ROWS + 1}` }],
};

async function addFormSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: FormTable): Promise<void> {
  const ws = workbook.addWorksheet(table.sheetName, PRINT_SETUP);
  ws.columns = table.columns.map((c) => ({ width: c.width }));
  writeTitleRows(ws, table);
  ws.getRow(HEADER_ROWS).commit();
  writeSignatures(ws, table, await writeBody(ws, table));
  ws.commit();
}

/**
 * A workbook of form tables, one sheet each, streamed: rows go to the zip as they are written, so memory
 * holds a few rows and the compressed output, not a model of the whole year. Tables given lazily are
 * made one at a time as their sheet is written.
 */
export async function formWorkbook(creator: string, tables: Iterable<FormTable>): Promise<Uint8Array> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    output.on('end', () => resolve());
    output.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: true });
  workbook.creator = creator;
  let rows = 0;
  for (const table of tables) {
    rows += table.rows.length;
    await addFormSheet(workbook, table);
  }
  await workbook.commit();
  await finished;
  if (rows > BIG_WORKBOOK_ROWS) releaseMemorySoon();
  return new Uint8Array(Buffer.concat(chunks));
}
