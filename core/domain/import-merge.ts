import { groupBy } from './group-by';
import type { ItemDraft } from '../contract/draft';
import { periodLabel } from './months';

// Re-importing a document must update the plan, not duplicate it. An imported item matches an existing
// one of the same period by its content, else by its 序号 (a corrected wording keeps its number).

export interface ExistingItem {
  id: number;
  seq: number | null;
  content: string;
  period: string;
  isKey: boolean;
  /** Everything the import can change, in a comparable form. */
  fingerprint: string;
}

export type MergeStep =
  | { action: 'add'; draftIndex: number }
  | { action: 'update'; draftIndex: number; itemId: number }
  | { action: 'same'; draftIndex: number; itemId: number };

const squash = (text: string) => text.replace(/\s+/g, '');

export function draftPeriod(item: Pick<ItemDraft, 'startMonth' | 'endMonth' | 'yearRound'>): string {
  return periodLabel({ startMonth: item.startMonth, endMonth: item.endMonth, yearRound: item.yearRound });
}

/** The comparable form of an item's importable fields (owners by name, targets by value). */
export function fingerprintOf(item: Pick<ItemDraft, 'seq' | 'content' | 'isKey' | 'sectionTitle' | 'dueDate' | 'notes' | 'cadence'> & {
  owners: { name: string; role: string }[];
  targets: { label: string; comparator: string; value: number; unit: string }[];
}): string {
  return JSON.stringify([
    item.seq, squash(item.content), item.isKey, item.sectionTitle ?? null, item.dueDate ?? null, item.notes ?? '', item.cadence ?? null,
    item.owners.map((o) => `${o.name}/${o.role}`), item.targets.map((t) => `${t.label}${t.comparator}${t.value}${t.unit}`),
  ]);
}

/** Existing items by a key, in plan order; `take` hands out the first one not yet matched. */
function indexBy(existing: ExistingItem[], key: (e: ExistingItem) => string, free: Set<number>) {
  const lists = new Map<string, { items: ExistingItem[]; next: number }>();
  for (const e of existing) {
    const k = key(e);
    const list = lists.get(k);
    if (list) list.items.push(e);
    else lists.set(k, { items: [e], next: 0 });
  }
  return {
    take(k: string): ExistingItem | undefined {
      const list = lists.get(k);
      if (!list) return undefined;
      // Matched items never become free again, so the front of the list is passed over for good.
      while (list.next < list.items.length && !free.has(list.items[list.next].id)) list.next++;
      return list.items[list.next];
    },
  };
}

/** Matches each imported item to the first unmatched existing one (in plan order): by content, else by 序号. */
export function planMerge(existing: ExistingItem[], drafts: ItemDraft[]): MergeStep[] {
  const free = new Set(existing.map((e) => e.id));
  const byContent = indexBy(existing, (e) => `${e.period}|${e.isKey}|${squash(e.content)}`, free);
  const bySeq = indexBy(existing, (e) => `${e.period}|${e.isKey}|${e.seq}`, free);
  return drafts.map((draft, draftIndex) => {
    const period = draftPeriod(draft);
    const match =
      byContent.take(`${period}|${draft.isKey}|${squash(draft.content)}`) ??
      (draft.seq != null ? bySeq.take(`${period}|${draft.isKey}|${draft.seq}`) : undefined);
    if (!match) return { action: 'add', draftIndex };
    free.delete(match.id);
    return fingerprintOf(draft) === match.fingerprint ? { action: 'same', draftIndex, itemId: match.id } : { action: 'update', draftIndex, itemId: match.id };
  });
}

export function mergeSummary(steps: MergeStep[]): { added: number; updated: number; unchanged: number; message: string } {
  const added = steps.filter((s) => s.action === 'add').length;
  const updated = steps.filter((s) => s.action === 'update').length;
  const unchanged = steps.length - added - updated;
  const message = added + updated === 0 ? `无变化（${unchanged} 项与已有计划一致）` : `新增 ${added} 项，更新 ${updated} 项，无变化 ${unchanged} 项`;
  return { added, updated, unchanged, message };
}
