import type { OwnerDraft, TargetDraft } from '../../../core/contract/draft';
import { COMPARATOR_LABELS } from '../../../core/domain/roles';
import { ownersFromCell } from '../../../core/import/owners';
import { extractTargets } from '../../../core/import/targets';

// Owners and targets of a previewed item as the text a person types into a cell, and back. Reading the
// text uses the importer's own rules, so a cell understands what the document would have.

/** 主办 first, then 协办, as documents name them. */
export function leadFirst(owners: OwnerDraft[]): OwnerDraft[] {
  return [...owners.filter((o) => o.role === 'lead'), ...owners.filter((o) => o.role !== 'lead')];
}

/** "鲁若曦、陈雯" */
export function ownersText(owners: OwnerDraft[]): string {
  return leadFirst(owners).map((o) => o.name).join('、');
}

/** "鲁若曦、陈雯" (the first is 主办) or "牵头：团委办公室；配合：组织部". */
export function parseOwners(text: string): OwnerDraft[] {
  return text.trim() ? ownersFromCell(text) : [];
}

export function targetText(target: TargetDraft): string {
  return `${target.label}${COMPARATOR_LABELS[target.comparator]}${target.value}${target.unit}`;
}

export function targetsText(targets: TargetDraft[]): string {
  return targets.map(targetText).join('；');
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * "培训人数不少于2500人次；宣讲至少3场" → targets, one per part. A part left as it was keeps its target
 * exactly; a part that states no quantity is refused, so nothing typed is silently dropped.
 */
export function parseTargets(text: string, before: TargetDraft[]): Parsed<TargetDraft[]> {
  const parts = text.split(/[;；\n]+/).map((p) => p.trim()).filter(Boolean);
  const targets: TargetDraft[] = [];
  for (const part of parts) {
    const kept = before.find((t) => targetText(t) === part);
    const found = kept ? [kept] : extractTargets(part);
    if (found.length === 0) return { ok: false, message: `“${part}”中没有可识别的数量，请写成“培训人数不少于2500人次”` };
    targets.push(...found);
  }
  return { ok: true, value: targets };
}
