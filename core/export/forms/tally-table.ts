import type { PeriodTally, TallyGroup } from '../../domain/period-tally';
import { PERIOD_STATE_LABELS, type PeriodState } from '../../domain/period';
import type { Cell, Column, Row } from '../document';

// Counts as table rows: the 汇总 sheet and the 通报's tables print the same columns, and the parts of a
// row (已办结 … 已中止) add up to its 事项数.

const PARTS: PeriodState[] = ['on_schedule', 'lagging', 'overdue', 'not_yet_started', 'cancelled'];

export function tallyColumns(firstHeader: string, firstWidth = 26): Column[] {
  return [
    { header: firstHeader, width: firstWidth },
    ...['事项数', '已办结', ...PARTS.map((s) => PERIOD_STATE_LABELS[s])].map((header) => ({ header, width: header.length > 4 ? 8 : 7, align: 'center' as const })),
    { header: '完成率', width: 8, align: 'center' },
  ];
}

export function tallyRow(label: string, t: PeriodTally): Row {
  const rate: Cell = { value: t.rate, format: 'percent' };
  return { cells: [label, t.total, t.done, ...PARTS.map((s) => t.byState[s]), rate] };
}

export const tallyRows = (groups: TallyGroup[]): Row[] => groups.map((g) => tallyRow(g.label, g.tally));
