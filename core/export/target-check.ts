import { COMPARATOR_LABELS, type Comparator } from '../domain/roles';

// 量化指标: a target such as 培训人数不少于2500人次 against the actual recorded with progress.

export interface TargetLike {
  label: string;
  comparator: string;
  value: number;
  unit: string;
  actual: number | null;
}

/** 不少于2500人次 */
export function targetText(t: TargetLike): string {
  return `${COMPARATOR_LABELS[t.comparator as Comparator] ?? t.comparator}${t.value}${t.unit}`;
}

/** Whether the actual meets the target; null while no actual is recorded. */
export function targetMet(t: TargetLike): boolean | null {
  if (t.actual == null) return null;
  switch (t.comparator as Comparator) {
    case '>=': return t.actual >= t.value;
    case '>': return t.actual > t.value;
    case '=': return t.actual === t.value;
    case '<=': return t.actual <= t.value;
    default: return null;
  }
}

export function targetVerdict(t: TargetLike): string {
  const met = targetMet(t);
  return met == null ? '未填报' : met ? '已达成' : '未达成';
}
