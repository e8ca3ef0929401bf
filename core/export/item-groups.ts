import type { Row } from './document';
import type { ExportItem, PeriodItems, Placement } from './export-data';
import type { ItemColumn } from './item-columns';

// Forms list items in labelled groups (主要任务 / 月度工作 / 贯穿全年, or 本月 / 结转 / 贯穿全年): 序号
// restart in each part of the plan, so a flat list would show 1, 1, 2, 2 … without saying why.

export interface ItemGroup {
  label: string;
  items: ExportItem[];
  /** Said after the count: （9项，本月已打卡3项）. */
  note?: string;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function itemRow(item: ExportItem, columns: ItemColumn[]): Row {
  return { cells: columns.map((c) => c.cell(item)) };
}

/** Group rows (一、本月工作事项（12项）) followed by their items; empty groups are left out. */
export function groupedRows(groups: ItemGroup[], columns: ItemColumn[]): Row[] {
  return groups
    .filter((g) => g.items.length > 0)
    .flatMap((g, k) => [{ group: `${NUMERALS[k]}、${g.label}（${g.items.length}项${g.note ? `，${g.note}` : ''}）` }, ...g.items.map((i) => itemRow(i, columns))]);
}

/** The whole year: key tasks, monthly work, year-round work. */
export function yearGroups(items: ExportItem[]): ItemGroup[] {
  return [
    { label: '主要任务', items: items.filter((i) => i.isKey) },
    { label: '月度工作', items: items.filter((i) => !i.isKey && !i.yearRound) },
    { label: '贯穿全年工作', items: items.filter((i) => !i.isKey && i.yearRound) },
  ];
}

/**
 * A period's items by where they stand in it: its own work, 结转 from earlier months, work of later
 * months already closed in it, the 主要任务, and year-round work (with the month's check-ins).
 */
export function periodGroups(p: PeriodItems): ItemGroup[] {
  const monthly = p.period.fromMonth === p.period.toMonth;
  const placed = (placement: Placement) => p.items.filter((i) => i.placement === placement);
  const yearRound = placed('yearRound');
  return [
    { label: monthly ? '本月工作事项' : '本期工作事项', items: placed('scheduled') },
    { label: '结转事项', items: placed('carried') },
    { label: '提前办结事项', items: placed('early') },
    { label: '主要任务', items: placed('key') },
    { label: '贯穿全年工作', items: yearRound, note: monthly ? `本月已打卡${yearRound.filter((i) => i.checkIn).length}项` : undefined },
  ];
}
