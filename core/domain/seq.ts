import type { Span } from './months';

// 序号 as the office numbers its plan: 主要任务, the monthly lines and the year-round lines each count on
// from 1 (the sample: key tasks 1–15, monthly 1–42 from February to December, year-round 1–9).

export interface Numbered extends Span {
  seq: number | null;
  isKey: boolean;
}

type Group = 'key' | 'monthly' | 'yearRound';

function groupOf(item: Pick<Numbered, 'isKey' | 'yearRound' | 'startMonth'>): Group {
  if (item.isKey) return 'key';
  return item.yearRound || item.startMonth == null ? 'yearRound' : 'monthly';
}

/** Whether a monthly span comes no later than another in plan order (by start, then end month). */
function notAfter(a: Span, b: Span): boolean {
  const aStart = a.startMonth ?? 0;
  const bStart = b.startMonth ?? 0;
  if (aStart !== bStart) return aStart < bStart;
  return (a.endMonth ?? aStart) <= (b.endMonth ?? bStart);
}

/**
 * The next 序号 for a new item: one more than the highest in its group up to and including its period,
 * so a new 3月 line follows the last 3月 line (or the last line before March) and numbering starts at 1.
 */
export function nextSeq(existing: readonly Numbered[], item: Pick<Numbered, 'isKey' | 'yearRound' | 'startMonth' | 'endMonth'>): number {
  const group = groupOf(item);
  let highest = 0;
  for (const other of existing) {
    if (other.seq == null || groupOf(other) !== group) continue;
    if (group === 'monthly' && !notAfter(other, item)) continue;
    highest = Math.max(highest, other.seq);
  }
  return highest + 1;
}
