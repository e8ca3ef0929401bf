import { describe, expect, it } from 'vitest';
import type { PeriodState } from '../../../core/domain/period';
import { byOwner, byPlanPeriod, bySection, tallyBy, tallyOf } from '../../../core/domain/period-tally';
import { addWorkingDays, noticeRun } from '../../../core/export/forms/notice';
import { evidenceEntries, evidenceFolders, submissionItems } from '../../../core/export/forms/submission';
import { supervisionOpinion } from '../../../core/export/opinion';
import { rowHeight, wrappedLines } from '../../../core/export/xlsx/row-height';
import { assist, exportItem, lead } from '../../fixtures/export/items';

describe('period tallies', () => {
  it('counts every state, the parts adding up to the total, leaving 已中止 out of the rate', () => {
    const t = tallyOf(['done_in_period', 'done_before', 'cancelled', 'overdue', 'lagging', 'not_yet_started', 'on_schedule', 'on_schedule']);
    expect(t.total).toBe(8);
    expect(t.done).toBe(2);
    expect(Object.values(t.byState).reduce((a, b) => a + b, 0)).toBe(t.total);
    expect(t.rate).toBe(28.6); // 2 of 7
    expect(tallyOf(['cancelled']).rate).toBeNull();
  });

  it('puts 主要任务 first and each item in one 月份 group; owners overlap and the unowned come last', () => {
    const entry = (item: Partial<Parameters<typeof byPlanPeriod.of>[0]['item']>, state: PeriodState = 'on_schedule') => ({
      item: { startMonth: 3, endMonth: 3, yearRound: false, isKey: false, sectionId: null, sectionTitle: null, owners: [], ...item },
      state,
    });
    const entries = [
      entry({ startMonth: 7, endMonth: 8 }),
      entry({ yearRound: true, startMonth: null, endMonth: null }),
      entry({ isKey: true, yearRound: true, startMonth: null, endMonth: null, owners: [{ personId: 1, name: '甲' }] }),
      entry({ owners: [{ personId: 1, name: '甲' }, { personId: 2, name: '乙' }] }, 'done_in_period'),
      entry({ startMonth: 3, endMonth: 3, owners: [{ personId: 2, name: '乙' }] }),
    ];
    expect(tallyBy(entries, byPlanPeriod).map((g) => [g.label, g.tally.total])).toEqual([['主要任务', 1], ['3月', 2], ['7-8月', 1], ['贯穿全年', 1]]);
    expect(tallyBy(entries, bySection).map((g) => [g.label, g.tally.total])).toEqual([['月度工作', 3], ['贯穿全年工作', 1], ['主要任务（未分类）', 1]]);
    expect(tallyBy(entries, byOwner).map((g) => [g.label, g.tally.total])).toEqual([['甲', 2], ['乙', 2], ['未明确责任人', 2]]);
  });
});

describe('notices', () => {
  it('gives five working days for feedback, observing holidays and make-up days', () => {
    // 2023: 端午 22–24 June off, Sunday 25 June a working day.
    expect(addWorkingDays('2023-06-15', 5)).toBe('2023-06-25');
    expect(addWorkingDays('2023-03-03', 5)).toBe('2023-03-10');
  });

  it('sends one notice per 主办, an item with two 主办 to both, and returns overdue items without a 主办 apart', () => {
    const a = exportItem({ warning: 'overdue', owners: [lead(1, '甲')] });
    const b = exportItem({ warning: 'overdue', owners: [lead(1, '甲'), lead(2, '乙')] });
    const c = exportItem({ warning: 'overdue', owners: [assist(3, '丙')] });
    const d = exportItem({ warning: 'normal', owners: [lead(2, '乙')] });
    const run = noticeRun([a, b, c, d], { scope: 'overdue' });
    expect(run.drafts.map((x) => [x.addressee, x.personId, x.items.map((i) => i.id)])).toEqual([
      ['甲', 1, [a.id, b.id]],
      ['乙', 2, [b.id]],
    ]);
    expect(run.unaddressed.map((i) => i.id)).toEqual([c.id]);
    expect(noticeRun([a, b, c, d], { scope: 'item', itemId: b.id }).drafts[0]).toMatchObject({ addressee: '甲、乙', personId: 1 });
    expect(noticeRun([a, b, c, d], { scope: 'item', itemId: c.id })).toEqual({ drafts: [], unaddressed: [c] });
    const closed = exportItem({ status: 'done', owners: [assist(2, '乙')] });
    expect(noticeRun([b, d, closed], { scope: 'owner', personId: 2 }).drafts[0].items.map((i) => i.id)).toEqual([b.id, d.id]);
  });
});

describe('督查意见', () => {
  const finding = { itemId: 1, date: '2023-04-10', assessment: 'lagging', problem: '未启动', requirement: '尽快启动', rectifyBy: '2023-04-30', closedAt: null };
  const verification = { itemId: 1, decision: 'return', comment: '缺少照片', at: '2023-05-06T02:00:00Z' };
  it('quotes the newer of the latest finding and the latest verification', () => {
    expect(supervisionOpinion(finding, undefined)).toBe('4月10日督查：进度滞后；问题：未启动；整改要求：尽快启动（4月30日前）');
    expect(supervisionOpinion(finding, verification)).toBe('5月6日核验退回：缺少照片');
    expect(supervisionOpinion(undefined, undefined)).toBe('');
  });
});

describe('报送材料', () => {
  it('reports on items starting by June in the first half, and year-round work', () => {
    const items = [exportItem({ startMonth: 6 }), exportItem({ startMonth: 7 }), exportItem({ yearRound: true, startMonth: null })];
    expect(submissionItems(items, 'h1')).toEqual([items[0], items[2]]);
    expect(submissionItems(items, 'year')).toHaveLength(3);
  });

  it('names folders by 序号, adding the group or a running number only where a 序号 is shared', () => {
    const items = [
      exportItem({ seq: 1, isKey: true, yearRound: true, period: '贯穿全年' }),
      exportItem({ seq: 1, period: '2月' }),
      exportItem({ seq: 7 }),
      exportItem({ seq: 39, period: '9月' }),
      exportItem({ seq: 39, period: '9月' }),
      exportItem({ seq: null }),
    ];
    expect([...evidenceFolders(items).values()]).toEqual(['01_主要任务', '01_2月', '07', '39_9月', '39_9月_2', '未编号']);
    const entries = evidenceEntries(items.slice(2, 3), [
      { id: 1, itemId: items[2].id, originalName: 'a/b.jpg', sha256: 'x', size: 1, mime: '', addedBy: '', addedAt: '' },
      { id: 2, itemId: items[2].id, originalName: 'a/b.jpg', sha256: 'y', size: 1, mime: '', addedBy: '', addedAt: '' },
      { id: 3, itemId: 999, originalName: 'other.jpg', sha256: 'z', size: 1, mime: '', addedBy: '', addedAt: '' },
    ]);
    expect(entries.map((e) => e.path)).toEqual(['07/a_b.jpg', '07/a_b (2).jpg']);
  });
});

describe('row heights', () => {
  it('wraps by width and explicit line breaks, and never exceeds what Excel allows', () => {
    expect(wrappedLines('短', 10, 11)).toBe(1);
    expect(wrappedLines('一'.repeat(40), 10, 11)).toBeGreaterThan(wrappedLines('一'.repeat(20), 10, 11));
    expect(wrappedLines('一\n二\n三', 40, 11)).toBe(3);
    expect(rowHeight(['一'.repeat(100)], [40], 11)).toBeGreaterThan(rowHeight(['一'], [40], 11));
    expect(rowHeight(['一'.repeat(100000)], [5], 11)).toBe(409);
    expect(rowHeight([''], [5], 11, 20)).toBe(21);
  });
});
