import type { ItemSummary } from '../contract/item';
import { PERIOD_STATE_LABELS, type PeriodState } from '../domain/period';
import type { OwnerRole } from '../domain/roles';
import { isClosed, STATUS_LABELS } from '../domain/status';
import { localDate } from '../services/read-scope';

// How an item's fields read on paper. Shared by every form so a 完成情况 reads the same everywhere.

/** Owners in one role, in plan order: 鲁若曦、陈雯. */
export function ownerNames(item: Pick<ItemSummary, 'owners'>, role: OwnerRole): string {
  return item.owners.filter((o) => o.role === role).map((o) => o.name).join('、');
}

/** 进行中（60%）; a closed item shows its status alone, in a period's forms 本期办结 or 此前办结. */
export function completionText(item: Pick<ItemSummary, 'status' | 'percent'> & { state?: PeriodState }): string {
  if (item.state === 'done_in_period' || item.state === 'done_before') return PERIOD_STATE_LABELS[item.state];
  const label = STATUS_LABELS[item.status];
  return item.percent != null && !isClosed(item.status) ? `${label}（${item.percent}%）` : label;
}

/** A calendar date, or the office's local date of an ISO instant (times are stored in UTC). */
function dateParts(date: string): number[] {
  return (date.length > 10 ? localDate(new Date(date)) : date).split('-').map(Number);
}

/** 2023-03-31 → 2023年3月31日 */
export function cnDate(date: string): string {
  const [y, m, d] = dateParts(date);
  return `${y}年${m}月${d}日`;
}

/** 2023-03-31 → 3月31日 */
export function shortDate(date: string): string {
  const [, m, d] = dateParts(date);
  return `${m}月${d}日`;
}

/** 3月31日 inside the plan's year, 2024年1月15日 outside it (a deadline postponed into the next year). */
export function dateInYear(date: string, year: number): string {
  return dateParts(date)[0] === year ? shortDate(date) : cnDate(date);
}

/** 75.6 → 75.6%; no denominator → — */
export function percentText(rate: number | null): string {
  return rate == null ? '—' : `${rate.toFixed(1)}%`;
}

/** 2048 → 2.0 KB */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The heading of a long item: its first sentence (a key task reads 坚定理想信念,深入开展主题教育。…), or its
 * opening characters; the whole text stays in the 台账.
 */
export function headline(content: string, max = 40): string {
  const first = content.split(/[。！？；]/)[0].trim();
  return [...first].length <= max ? first : `${[...first].slice(0, max).join('')}…`;
}
