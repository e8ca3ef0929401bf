import { describe, expect, it } from 'vitest';
import { planDraft } from '../../../core/contract/draft';
import { periodLabel } from '../../../core/domain/months';
import { parsePlanText } from '../../../core/import/parse-plan-text';
import { seed } from './fixtures';

describe('seed 003: a college Youth League year plan', () => {
  const result = parsePlanText(seed('003'), { year: 2023 });
  const { draft, problems, stats, sourceLines } = result;
  const keyTasks = draft.items.filter((i) => i.isKey);
  const monthly = draft.items.filter((i) => !i.yearRound);
  const yearRound = draft.items.filter((i) => i.yearRound && !i.isKey);

  it('is a valid plan draft with key tasks, then monthly items, then year-round items', () => {
    expect(planDraft.safeParse(draft).success).toBe(true);
    expect(draft.items).toHaveLength(15 + 42 + 9);
    expect(draft.items.slice(0, 15).every((i) => i.isKey)).toBe(true);
    expect(draft.items.slice(15, 57).every((i) => !i.yearRound)).toBe(true);
    expect(draft.items.slice(57).every((i) => i.yearRound && !i.isKey)).toBe(true);
    expect(stats).toMatchObject({ items: 66, keyItems: 15, monthlyItems: 42, yearRoundItems: 9, sections: 4 });
  });

  it('reads 15 key tasks in 4 sections, owners from (责任人：…) with the first named leading', () => {
    expect(draft.sections.map((s) => s.title)).toEqual([
      '强党建,永葆对党忠诚的政治底色',
      '强思政,担好三全育人的光荣角色',
      '强治理,彰显合作进步的团结主色',
      '强师资,体现服务青年的时代特色',
    ]);
    expect(keyTasks.map((t) => t.seq)).toEqual(Array.from({ length: 15 }, (_, n) => n + 1));
    expect(draft.sections.map((s) => keyTasks.filter((t) => t.sectionTitle === s.title).length)).toEqual([4, 4, 4, 3]);
    for (const task of keyTasks) {
      expect(task).toMatchObject({ yearRound: true, startMonth: null, endMonth: null, source: 'plan' });
      expect(task.content).not.toMatch(/[)）]$|责任人/);
    }
    expect(keyTasks[0].content).toMatch(/^坚定理想信念,深入开展主题教育。.*上好“大思政课”。$/);
    expect(keyTasks[0].owners).toEqual([
      { name: '鲁若曦', role: 'lead' },
      { name: '陈雯', role: 'assist' },
    ]);
    // (鲁若曦、陈雯) without a label, and the longest list.
    expect(keyTasks[7].owners.map((o) => o.name)).toEqual(['鲁若曦', '陈雯']);
    expect(keyTasks[9].owners.map((o) => o.name)).toEqual(['陈雯', '卢雅雪', '冷玖玲', '常红生', '宁曦', '白洁']);
  });

  it('reads 42 monthly items with their periods, 7-8月 and 11-12月 as spans', () => {
    expect(monthly).toHaveLength(42);
    const periods = [...new Set(monthly.map((i) => periodLabel(i)))];
    expect(periods).toEqual(['2月', '3月', '4月', '5月', '6月', '7-8月', '9月', '10月', '11-12月']);
    expect(monthly.filter((i) => i.startMonth === 7).map((i) => [i.seq, i.endMonth])).toEqual([
      [26, 8],
      [27, 8],
    ]);
    expect(monthly.filter((i) => i.startMonth === 11).map((i) => [i.seq, i.endMonth])).toEqual([
      [38, 12],
      [39, 12],
      [40, 12],
      [41, 12],
      [42, 12],
    ]);
    expect(monthly[0]).toMatchObject({ seq: 1, content: '制定2023年度共青团工作要点', startMonth: 2, endMonth: 2, isKey: false, owners: [] });
    expect(monthly[25].content).toBe('组织策划校级暑期社会实践队活动、指导院级暑期社会实践队活动的开展。');
    expect(monthly[41].content).toBe('开展团总支书记述职评议工作');
  });

  it('reads the 9 items of 其中 贯穿 全年 工作 as year-round, the first weekly', () => {
    expect(yearRound.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(yearRound[0].content).toMatch(/^理论学习:督学“青年大学习”\(一周一次\)/);
    expect(yearRound[0].cadence).toBe('每周');
    expect(yearRound[8].content).toBe('分层次开展红十字会应急救护培训工作。');
  });

  it('turns the stated quantities of items 5, 6 and 7 into targets', () => {
    const bySeq = (seq: number) => monthly.find((i) => i.seq === seq);
    expect(bySeq(5)?.content).toBe('启动红十字会应急救护员培训工作(培训人数不少于2500人次)');
    expect(bySeq(5)?.targets).toEqual([{ label: '培训人数', comparator: '>=', value: 2500, unit: '人次' }]);
    expect(bySeq(6)?.targets).toEqual([{ label: '参与人数', comparator: '>', value: 50000, unit: '人次' }]);
    expect(bySeq(7)?.targets).toEqual([{ label: '参与人数', comparator: '>', value: 6500, unit: '人次' }]);
    expect(keyTasks[4].targets).toEqual([{ label: '发布内容', comparator: '>=', value: 200, unit: '个' }]);
    expect(keyTasks[9].targets).toEqual([
      { label: '培训人数', comparator: '>=', value: 2500, unit: '人次' },
      { label: '学生参与率', comparator: '>=', value: 50, unit: '%' },
    ]);
  });

  it('keeps the misnumbered 39 as written and reports it as a duplicate', () => {
    const thirtyNines = draft.items.filter((i) => i.seq === 39);
    expect(thirtyNines.map((i) => periodLabel(i))).toEqual(['9月', '11-12月']);
    expect(thirtyNines[0].notes).toBe('原文序号为39，疑为29');
    const duplicates = problems.filter((p) => p.kind === 'duplicate_seq');
    expect(duplicates).toEqual([expect.objectContaining({ line: 56, text: '开展2023级青年志愿者招募、培训工作' })]);
    expect(duplicates[0].message).toContain('第62行');
  });

  it('lists the numbered lines of 工作要求 it leaves out, and nothing else', () => {
    expect(problems.filter((p) => p.kind !== 'duplicate_seq').map((p) => [p.line, p.kind, p.message])).toEqual(
      [27, 29, 31].map((line) => [line, 'not_item', '位于“工作要求”部分，视为说明文字，未作为事项导入']),
    );
  });

  it('traces each item to its source lines and skips the preamble without reporting it', () => {
    expect(sourceLines).toHaveLength(draft.items.length);
    expect(sourceLines[0]).toEqual([8]);
    expect(sourceLines[15]).toEqual([38]);
    expect(sourceLines[65]).toEqual([65]);
    // 指导思想, 工作目标, 工作要求 and the sentence introducing the table.
    expect(stats.skippedLines).toBeGreaterThanOrEqual(7);
    expect(draft.items.some((i) => /以习近平新时代中国特色社会主义思想为指导|统一思想,提高站位/.test(i.content))).toBe(false);
  });
});
