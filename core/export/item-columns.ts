import { PERIOD_STATE_LABELS } from '../domain/period';
import { WARNING_COLORS, WARNING_LABELS } from '../domain/warning';
import type { Cell, CellValue, Column } from './document';
import type { ExportItem } from './export-data';
import { completionText, dateInYear, headline, ownerNames, shortDate } from './item-text';

// The columns an item can show in a form, defined once: the 督查台账, the 月度工作推进表, the CSV and the
// 通报 attachments pick from this table, so a column reads the same in every file.

export interface ItemColumn {
  column: Column;
  cell(item: ExportItem): CellValue | Cell;
}

function col(header: string, width: number, cell: ItemColumn['cell'], align: Column['align'] = 'left', names = false): ItemColumn {
  return { column: { header, width, align, ...(names ? { names } : {}) }, cell };
}

/** 6月30日, or 6月30日（原定5月31日） after a postponement; the year only when it is not the plan's. */
function deadline(item: ExportItem): string {
  const due = dateInYear(item.dueDate, item.year);
  return item.originalDueDate !== item.dueDate ? `${due}（原定${dateInYear(item.originalDueDate, item.year)}）` : due;
}

/** The 预警 cell carries the warning color; a closed item has none, nor one whose span has not begun. */
function warningCell(item: ExportItem): Cell {
  if (item.state === 'not_yet_started') return { value: PERIOD_STATE_LABELS.not_yet_started };
  return { value: WARNING_LABELS[item.warning], fill: item.warning === 'closed' ? undefined : WARNING_COLORS[item.warning] };
}

/** A period's state (本期办结, 按序推进, 滞后 …), colored like the warnings it shares. */
function stateCell(item: ExportItem): Cell {
  if (!item.state) return warningCell(item);
  const fill = item.state === 'overdue' || item.state === 'lagging' ? WARNING_COLORS[item.state] : undefined;
  return { value: PERIOD_STATE_LABELS[item.state], fill };
}

/** Year-round items in a month form note this month's check-in (打卡) before the 备注. */
function notes(item: ExportItem): string {
  if (item.checkIn === undefined) return item.notes;
  const checkIn = item.checkIn ? `本月已打卡（${shortDate(item.checkIn)}）` : '本月未打卡';
  return item.notes ? `${checkIn}；${item.notes}` : checkIn;
}

function category(item: ExportItem): string {
  return item.isKey ? '主要任务' : item.yearRound ? '贯穿全年' : '月度工作';
}

export const ITEM_COLUMNS = {
  category: col('类别', 9, category, 'center'),
  seq: col('序号', 5, (i) => i.seq, 'center'),
  // 结转 items are listed under their own group heading, so the cell keeps the plan's period.
  period: col('月份', 9, (i) => i.period, 'center'),
  content: col('工作内容', 39, (i) => i.content),
  headline: col('工作内容', 39, (i) => headline(i.content)),
  lead: col('主办', 9, (i) => ownerNames(i, 'lead'), 'center', true),
  assist: col('协办', 10, (i) => ownerNames(i, 'assist'), 'center', true),
  due: col('完成时限', 11, deadline, 'center'),
  progress: col('进展情况', 26, (i) => i.progressText ?? ''),
  completion: col('完成情况', 10, completionText, 'center'),
  warning: col('预警', 6, warningCell, 'center'),
  state: col('状态', 6, stateCell, 'center'),
  evidence: col('佐证材料(件)', 7, (i) => i.evidenceCount, 'center'),
  opinion: col('督查意见', 18, (i) => i.opinion),
  notes: col('备注', 12, notes),
} satisfies Record<string, ItemColumn>;

const c = ITEM_COLUMNS;

/** The same column at another width: portrait pages give the short columns a larger share. */
function sized(column: ItemColumn, width: number): ItemColumn {
  return { ...column, column: { ...column.column, width } };
}

/** 督查台账 columns, in the office's order. */
export const LEDGER_COLUMNS: ItemColumn[] = [c.seq, c.period, c.content, c.lead, c.assist, c.due, c.progress, c.completion, c.warning, c.evidence, c.opinion, c.notes];
/** 月度工作推进表 columns. */
export const MONTH_COLUMNS: ItemColumn[] = [c.seq, c.period, c.content, c.lead, c.assist, c.due, c.progress, c.completion, c.warning, c.notes];
/** CSV: the ledger with the item's category first, for sorting in other tools. */
export const CSV_COLUMNS: ItemColumn[] = [c.category, ...LEDGER_COLUMNS];
/** 通报 attachments (portrait pages, widths in characters of 五号 text). */
export const REPORT_COLUMNS: ItemColumn[] = [sized(c.seq, 3), sized(c.period, 5), sized(c.content, 14), sized(c.lead, 4), sized(c.due, 6), sized(c.progress, 9), sized(c.state, 4)];
/** The 通报's 主要任务 table: each key task with its 责任人 and where it stands. */
export const KEY_TASK_COLUMNS: ItemColumn[] = [sized(c.seq, 3), sized(c.headline, 13), sized(c.lead, 5), sized(c.assist, 7), sized(c.progress, 9), sized(c.state, 4)];
/** A notice pressing several items lists them in one table (portrait, 五号). */
export const NOTICE_COLUMNS: ItemColumn[] = [
  sized(c.seq, 3), sized(c.period, 5), sized(c.content, 15), sized(c.lead, 4), sized(c.assist, 4), sized(c.due, 6), sized(c.completion, 5), sized(c.warning, 3),
];
