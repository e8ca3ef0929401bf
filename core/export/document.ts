import { percentText } from './item-text';

// The one model every printed form is built as, so the same form renders to print HTML (and from there
// PDF), to .docx and, for tables, to .xlsx without a second layout to keep in step.

export interface Column {
  header: string;
  /** Width in spreadsheet character units; HTML and docx use the proportions. */
  width: number;
  align?: 'left' | 'center';
  /** Holds names separated by 、, which print may wrap between but not inside. */
  names?: boolean;
}

export type CellValue = string | number | null;

export interface Cell {
  value: CellValue;
  /** 'percent': a 0–100 number shown as 75.0%. */
  format?: 'percent';
  /** Background, #rrggbb (warning colors on the 预警 cell). */
  fill?: string;
}

export type Row = { cells: (CellValue | Cell)[] } | { group: string };

export interface TableBlock {
  kind: 'table';
  columns: Column[];
  rows: Row[];
  /** Font size in points; defaults to the medium's table size. */
  size?: number;
}

export type Block =
  | { kind: 'title'; text: string; size?: 'large' | 'medium'; red?: boolean }
  /** Centered line under a title: 督办〔2023〕第1号, 第1期. */
  | { kind: 'subtitle'; text: string }
  /** One line with text at both ends: 制表单位 … 填报日期. */
  | { kind: 'meta'; left: string; right: string }
  /** 黑体 heading; indented two characters like 一、… unless flush (附件1). */
  | { kind: 'heading'; text: string; flush?: boolean }
  | { kind: 'paragraph'; text: string; indent?: boolean; align?: 'left' | 'right' }
  /** Label/value pairs in a bordered two-column table. */
  | { kind: 'fields'; rows: [string, string][] }
  | TableBlock
  /** A bordered empty box to fill in by hand (办理情况). */
  | { kind: 'box'; label: string; heightMm: number }
  /** 填表人：______ 审核人：______ … */
  | { kind: 'signatures'; labels: string[] }
  /** Issuing office and date at the right, with room above for the seal. */
  | { kind: 'issuer'; office: string; date: string }
  /** The red line under a 红头 header. */
  | { kind: 'rule' }
  | { kind: 'pageBreak' };

export interface PrintDocument {
  title: string;
  orientation: 'portrait' | 'landscape';
  blocks: Block[];
}

/** A titled table with its 制表单位/填报日期 line and signature block: a sheet in xlsx, a page in print. */
export interface FormTable {
  sheetName: string;
  title: string;
  meta: { left: string; right: string };
  columns: Column[];
  rows: Row[];
  signatures: string[];
}

export function cellOf(value: CellValue | Cell): Cell {
  return value !== null && typeof value === 'object' ? value : { value };
}

/** How a cell reads as text (HTML, docx, CSV). */
export function cellText(value: CellValue | Cell): string {
  const cell = cellOf(value);
  if (cell.value == null) return '—';
  if (cell.format === 'percent' && typeof cell.value === 'number') return percentText(cell.value);
  return String(cell.value);
}

/** A form table as a landscape print document. */
export function formTableDocument(table: FormTable): PrintDocument {
  return {
    title: table.title,
    orientation: 'landscape',
    blocks: [
      { kind: 'title', text: table.title, size: 'medium' },
      { kind: 'meta', ...table.meta },
      { kind: 'table', columns: table.columns, rows: table.rows },
      { kind: 'signatures', labels: table.signatures },
    ],
  };
}
