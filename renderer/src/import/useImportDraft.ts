import { useCallback, useMemo, useState } from 'react';
import type { ItemDraft, PlanDraft } from '../../../core/contract/draft';
import type { ImportPreview } from '../../../core/contract/import';
import { contract } from '../../../core/contract';

export type Step = ImportPreview['steps'][number];
/** Changes some fields of the item at an index of the draft. */
export type EditItem = (index: number, patch: Partial<ItemDraft>) => void;

/** One row of the preview: the item as edited, and what committing it would do. */
export interface DraftRow {
  index: number;
  item: ItemDraft;
  step: Step;
  edited: boolean;
  included: boolean;
  /** 1-based source lines the item was read from. */
  lines: number[];
  /** The period as the document wrote it when the plan's year cannot hold it (次年1月, kept in 12月); else null. */
  written: string | null;
  /** Why the row cannot be written as it stands (no month, empty content…); null when fine. */
  error: string | null;
}

interface DraftState {
  preview: ImportPreview;
  items: ItemDraft[];
  edited: ReadonlySet<number>;
  excluded: ReadonlySet<number>;
}

const commitSchema = contract['imports.commit'].input;
const NO_LINES: number[] = [];

function rowError(item: ItemDraft): string | null {
  if (!item.content.trim()) return '工作内容为空';
  if (!item.yearRound && item.startMonth == null) return '没有月份：请选择月份或“全年”';
  if (!item.yearRound && item.startMonth != null && item.endMonth != null && item.endMonth < item.startMonth) return '结束月份早于开始月份';
  return null;
}

/**
 * The previewed plan while it is checked: cells edited in place, rows left out (不导入) without being
 * lost, and the draft to commit built from exactly what is on screen.
 */
export function useImportDraft() {
  const [state, setState] = useState<DraftState | null>(null);

  const rows = useMemo<DraftRow[]>(
    () =>
      state?.items.map((item, index) => ({
        index,
        item,
        step: state.preview.steps[index],
        edited: state.edited.has(index),
        included: !state.excluded.has(index),
        lines: state.preview.sourceLines[index] ?? NO_LINES,
        written: state.preview.writtenPeriods[index] ?? null,
        error: rowError(item),
      })) ?? [],
    [state],
  );

  const load = (preview: ImportPreview) => setState({ preview, items: preview.draft.items, edited: new Set(), excluded: new Set() });
  const clear = () => setState(null);

  // Stable, so that rows which did not change are not drawn again.
  const updateItem = useCallback((index: number, patch: Partial<ItemDraft>) =>
    setState((s) => {
      if (!s) return s;
      const item = s.items[index];
      const changed = (Object.keys(patch) as (keyof ItemDraft)[]).some((key) => JSON.stringify(patch[key]) !== JSON.stringify(item[key]));
      if (!changed) return s;
      return { ...s, items: s.items.map((it, k) => (k === index ? { ...it, ...patch } : it)), edited: new Set(s.edited).add(index) };
    }), []);

  /** Sets 导入/不导入 of the given rows. */
  const setIncluded = useCallback((indexes: number[], included: (index: number) => boolean) =>
    setState((s) => {
      if (!s) return s;
      const excluded = new Set(s.excluded);
      for (const index of indexes) {
        if (included(index)) excluded.delete(index);
        else excluded.add(index);
      }
      return { ...s, excluded };
    }), []);

  /** The draft to commit, or the first reason it cannot be (checked with the contract's own schema). */
  const draftToCommit = (): { draft: PlanDraft } | { error: string } => {
    if (!state) return { error: '请先预览' };
    const chosen = rows.filter((r) => r.included);
    if (chosen.length === 0) return { error: '没有选中要导入的事项' };
    const broken = chosen.find((r) => r.error);
    if (broken) return { error: `第 ${broken.index + 1} 项${broken.item.seq != null ? `（序号 ${broken.item.seq}）` : ''}：${broken.error}` };
    const draft = { ...state.preview.draft, items: chosen.map((r) => r.item) };
    const checked = commitSchema.safeParse({ draft });
    if (checked.success) return { draft: checked.data.draft };
    const issue = checked.error.issues[0];
    const at = issue.path[2];
    return { error: typeof at === 'number' ? `第 ${chosen[at].index + 1} 项：${issue.message}` : issue.message };
  };

  return {
    preview: state?.preview ?? null,
    rows,
    /** Edits or rows left out that re-previewing would throw away. */
    dirty: state !== null && (state.edited.size > 0 || state.excluded.size > 0),
    load,
    clear,
    updateItem,
    setIncluded,
    draftToCommit,
  };
}
