import { describe, expect, it } from 'vitest';
import { itemDraft } from '../../../core/contract/draft';
import { fingerprintOf, planMerge, type ExistingItem } from '../../../core/domain/import-merge';

const draft = (seq: number | null, content: string, startMonth = 3) => itemDraft.parse({ seq, content, startMonth, endMonth: startMonth, yearRound: false });
const existing = (id: number, seq: number | null, content: string, period = '3月'): ExistingItem => {
  const d = draft(seq, content);
  return { id, seq, content, period, isKey: false, fingerprint: fingerprintOf({ ...d, owners: [], targets: [] }) };
};

describe('planMerge', () => {
  it('pairs by content first, then by 序号, each existing item once, in plan order', () => {
    const items = [existing(1, 1, '团课'), existing(2, 2, '团课'), existing(3, 3, '志愿服务'), existing(4, 4, '主题团日', '4月')];
    const steps = planMerge(items, [draft(2, '团 课'), draft(9, '团课'), draft(9, '团课'), draft(3, '志愿服务（修订）'), draft(4, '主题团日')]);
    expect(steps).toEqual([
      { action: 'update', draftIndex: 0, itemId: 1 }, // same content (spaces aside), 序号 changed
      { action: 'update', draftIndex: 1, itemId: 2 },
      { action: 'add', draftIndex: 2 }, // both 团课 items are taken
      { action: 'update', draftIndex: 3, itemId: 3 }, // reworded: paired by 序号
      { action: 'add', draftIndex: 4 }, // same content in another month is another item
    ]);
  });

  it('reports an unchanged item as same', () => {
    expect(planMerge([existing(7, 1, '团课')], [draft(1, '团课')])).toEqual([{ action: 'same', draftIndex: 0, itemId: 7 }]);
  });
});
