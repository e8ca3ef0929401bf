import type { Cell, Column, Row } from '../document';
import type { Tally } from '../completion';

// Completion counts as table rows: the 汇总 sheet and the 通报's per-owner table print the same columns.

export function tallyColumns(firstHeader: string): Column[] {
  return [
    { header: firstHeader, width: 26 },
    ...['事项数', '已办结', '推进中', '逾期', '已中止'].map((header) => ({ header, width: 9, align: 'center' as const })),
    { header: '完成率', width: 10, align: 'center' },
  ];
}

export function tallyRow(label: string, t: Tally): Row {
  const rate: Cell = { value: t.rate, format: 'percent' };
  return { cells: [label, t.total, t.done, t.open, t.overdue, t.cancelled, rate] };
}
