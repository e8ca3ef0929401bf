import { describe, it, expect } from 'vitest';
import { planDraft } from '../../core/contract/draft';
import { periodLabel } from '../../core/domain/months';
import { samplePlan2023 } from '../../core/sample/plan2023';

describe('bundled sample plan 2023', () => {
  const plan = planDraft.parse(samplePlan2023);
  const keyTasks = plan.items.filter((i) => i.isKey);
  const monthly = plan.items.filter((i) => !i.yearRound);
  const yearRound = plan.items.filter((i) => i.yearRound && !i.isKey);

  it('parses as a plan draft', () => {
    expect(plan.year).toBe(2023);
    expect(plan.items).toHaveLength(15 + 42 + 9);
    expect(plan.items.every((i) => i.source === 'plan' && i.dueDate === null)).toBe(true);
  });

  it('has 15 key tasks over the 4 sections of 主要任务', () => {
    expect(plan.sections.map((s) => s.title)).toEqual([
      '强党建,永葆对党忠诚的政治底色',
      '强思政,担好三全育人的光荣角色',
      '强治理,彰显合作进步的团结主色',
      '强师资,体现服务青年的时代特色',
    ]);
    expect(keyTasks.map((i) => i.seq)).toEqual(Array.from({ length: 15 }, (_, n) => n + 1));
    const sectionTitles = new Set(plan.sections.map((s) => s.title));
    for (const task of keyTasks) {
      expect(task.yearRound).toBe(true);
      expect(sectionTitles.has(task.sectionTitle ?? '')).toBe(true);
      expect(task.owners.length).toBeGreaterThan(0);
      expect(task.owners[0].role).toBe('lead');
      expect(task.owners.slice(1).every((o) => o.role === 'assist')).toBe(true);
      expect(task.content).not.toMatch(/\)$/);
    }
    const perSection = plan.sections.map((s) => keyTasks.filter((t) => t.sectionTitle === s.title).length);
    expect(perSection).toEqual([4, 4, 4, 3]);
    // Key tasks come first in the item list.
    expect(plan.items.slice(0, 15).every((i) => i.isKey)).toBe(true);
  });

  it('has 42 monthly items over the 9 periods of the table, in order', () => {
    expect(monthly).toHaveLength(42);
    const periods: string[] = [];
    for (const item of monthly) {
      const label = periodLabel(item);
      if (periods[periods.length - 1] !== label) periods.push(label);
      expect(item.isKey).toBe(false);
      expect(item.sectionTitle).toBeNull();
      expect(item.owners).toEqual([]);
    }
    expect(periods).toEqual(['2月', '3月', '4月', '5月', '6月', '7-8月', '9月', '10月', '11-12月']);
    const summer = monthly.filter((i) => periodLabel(i) === '7-8月');
    expect(summer.map((i) => [i.startMonth, i.endMonth])).toEqual([
      [7, 8],
      [7, 8],
    ]);
  });

  it('has 9 year-round items, the first with a weekly cadence', () => {
    expect(yearRound.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(yearRound.every((i) => i.startMonth === null && i.endMonth === null)).toBe(true);
    expect(yearRound[0].cadence).toBe('每周');
    expect(plan.items.slice(-9)).toEqual(yearRound);
  });

  it('names exactly the people in the plan', () => {
    const names = new Set(plan.items.flatMap((i) => i.owners.map((o) => o.name)));
    expect([...names].sort()).toEqual(['鲁若曦', '陈雯', '张星月', '卢雅雪', '冷玖玲', '宁曦', '白洁', '常红生'].sort());
  });

  it('turns the stated quantity of item 5 into a target', () => {
    const item5 = monthly.find((i) => i.seq === 5);
    expect(item5?.content).toBe('启动红十字会应急救护员培训工作(培训人数不少于2500人次)');
    expect(item5?.targets).toEqual([{ label: '培训人数', comparator: '>=', value: 2500, unit: '人次' }]);
  });

  it('keeps the misnumbered 39 as written', () => {
    const thirtyNines = plan.items.filter((i) => i.seq === 39);
    expect(thirtyNines).toHaveLength(2);
    expect(thirtyNines.map((i) => periodLabel(i))).toEqual(['9月', '11-12月']);
    expect(thirtyNines[0].notes).toBe('原文序号为39，疑为29');
  });
});
