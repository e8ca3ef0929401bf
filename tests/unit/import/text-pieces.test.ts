import { describe, expect, it } from 'vitest';
import { findCadence } from '../../../core/import/cadence';
import { parseChineseNumber, toChineseNumber } from '../../../core/import/chinese-number';
import { findDates, pickDueDate } from '../../../core/import/deadlines';
import { leadingEnumerator, splitInlineItems } from '../../../core/import/enumerator';
import { normalizeChars } from '../../../core/import/normalize';
import { ownersFromCell, splitNames, trailingOwners } from '../../../core/import/owners';
import { periodCell, periodHeading } from '../../../core/import/period';
import { checkSequences } from '../../../core/import/sequence-check';
import { headerRoles } from '../../../core/import/table-columns';
import { extractTargets } from '../../../core/import/targets';

const n = normalizeChars;
const span = (s: { startMonth: number | null; endMonth: number | null; yearRound: boolean } | null | undefined) =>
  s ? (s.yearRound ? '全年' : `${s.startMonth}-${s.endMonth}`) : null;

describe('period headings and period cells', () => {
  it.each([
    ['3月', '3-3'],
    ['二月份：', '2-2'],
    ['七、八月份', '7-8'],
    ['（一）九月份', '9-9'],
    ['1-2月', '1-2'],
    ['7—8月', '7-8'],
    ['11至12月', '11-12'],
    ['十一至十二月份工作安排', '11-12'],
    ['7月至8月', '7-8'],
    ['【三月】', '3-3'],
    ['3、4、5月份', '3-5'],
    ['一、三月份', '3-3'],
    ['3月：1.学雷锋', '3-3'],
    ['第一阶段（3月—4月）', '3-4'],
    ['第二阶段：5-6月', '5-6'],
    ['暑期工作：', '7-8'],
    ['第一季度', '1-3'],
    ['五、日常工作', '全年'],
    ['其中 贯穿 全年 工作 |', '全年'],
    ['常规工作：1.团费收缴', '全年'],
  ])('%s is a heading for %s', (text, expected) => {
    expect(span(periodHeading(n(text), false)?.span)).toBe(expected);
  });

  it.each(['3月5日召开团代会', '3月底前完成', '1.3月开展学雷锋', '8-7月', '13月', '2023年度工作', '暑期社会实践', '全年开展志愿服务', '2.全年开展'])(
    '%s is not a heading', (text) => {
    expect(periodHeading(n(text), false)).toBeNull();
  });

  it('reads 一、二月份 as January–February unless the plan numbers its month headings 一、二、三…', () => {
    expect(span(periodHeading(n('一、二月份'), false)?.span)).toBe('1-2');
    expect(span(periodHeading(n('一、二月份'), true)?.span)).toBe('2-2');
  });

  it.each([
    ['2月', '2-2'],
    ['其中 贯穿 全年 工作', '全年'],
    ['常规工作', '全年'],
    ['2月26日-3月3日', '2-3'],
    ['3.4-3.10', '3-3'],
    ['3', '3-3'],
    ['2024-03-01', '3-3'],
    ['暑假', '7-8'],
    ['第二季度', '4-6'],
    ['待定', null],
    ['第3周', null],
  ])('period cell %s → %s', (text, expected) => {
    expect(span(periodCell(text))).toBe(expected);
  });
});

describe('item numbers', () => {
  it.each([
    ['1.制定计划', 'num', 1],
    ['12、召开会议', 'num', 12],
    ['3．总结', 'num', 3],
    ['（2）培训', 'paren-num', 2],
    ['(10)评比', 'paren-num', 10],
    ['一、指导思想', 'cn', 1],
    ['（十二）其他', 'paren-cn', 12],
    ['⑤ 走访', 'circled', 5],
    ['2、3月，开展宣讲', 'num', 2],
    ['3.2023年度评议', 'num', 3],
  ])('%s', (text, style, seq) => {
    expect(leadingEnumerator(n(text))).toMatchObject({ style, seq });
  });

  it.each(['2023.3.1召开', '1.5万人次参加', '2023年工作', '第1.2节'])('%s does not start with an item number', (text) => {
    expect(leadingEnumerator(n(text))).toBeNull();
  });

  it('splits items written on one line at the next number, or any number set off by a space', () => {
    const text = n('28.做好迎新工作 39.开展志愿者招募 30.组织社团纳新，发展3个社团，纪念104周年，2023年度7.总结');
    const parts = splitInlineItems(text, leadingEnumerator(text)!);
    expect(parts.map((p) => p.seq)).toEqual([28, 39, 30]);
    const glued = n('1.制定计划2.召开会议3.启动工作');
    expect(splitInlineItems(glued, leadingEnumerator(glued)!).map((p) => p.seq)).toEqual([1, 2, 3]);
  });
});

describe('owners', () => {
  it.each([
    ['开展活动。（责任人：鲁若曦、陈雯）', ['鲁若曦:lead', '陈雯:assist']],
    ['开展活动。(鲁若曦、陈雯)', ['鲁若曦:lead', '陈雯:assist']],
    ['开展活动。负责人：王芳', ['王芳:lead']],
    ['开展活动（牵头：团委办公室；配合：组织部、宣传部）', ['团委办公室:lead', '组织部:assist', '宣传部:assist']],
    ['开展活动【责任部门：学生会】', ['学生会:lead']],
    ['开展活动（志愿者协会）', ['志愿者协会:lead']],
  ])('%s', (text, expected) => {
    expect(trailingOwners(n(text))?.owners.map((o) => `${o.name}:${o.role}`)).toEqual(expected);
  });

  it.each(['启动培训(培训人数不少于2500人次)', '督学(一周一次)', '主题团课(双周一次)', '开展活动(全年)', '开展活动(含团支部)', '学习(周五)'])(
    '%s has no owners clause',
    (text) => {
      expect(trailingOwners(n(text))).toBeNull();
    },
  );

  it('splits names, joining a two-character name padded to align', () => {
    expect(splitNames('王  芳、李强，赵 敏 / 团委办公室')).toEqual(['王芳', '李强', '赵敏', '团委办公室']);
    expect(ownersFromCell('配合：组织部', 'lead')).toEqual([{ name: '组织部', role: 'lead' }]);
    expect(ownersFromCell('宣传部、组织部', 'assist').map((o) => o.role)).toEqual(['assist', 'assist']);
  });
});

describe('targets', () => {
  it.each([
    ['培训人数不少于2500人次', { label: '培训人数', comparator: '>=', value: 2500, unit: '人次' }],
    ['参与人数超过50000人次', { label: '参与人数', comparator: '>', value: 50000, unit: '人次' }],
    ['当年度学生参与率达到50%以上', { label: '学生参与率', comparator: '>=', value: 50, unit: '%' }],
    ['全年发布内容不少于200个', { label: '发布内容', comparator: '>=', value: 200, unit: '个' }],
    ['全年组织化开展专题学习教育不少于 4 次', { label: '组织化开展专题学习教育', comparator: '>=', value: 4, unit: '次' }],
    ['参与人数达1.5万人次', { label: '参与人数', comparator: '>=', value: 15000, unit: '人次' }],
    ['组织不少于1000名大学生参与政务见习', { label: '大学生', comparator: '>=', value: 1000, unit: '名' }],
    ['线上参与人数不超过500人', { label: '线上参与人数', comparator: '<=', value: 500, unit: '人' }],
    ['成立一个民族团结社团', { label: '民族团结社团', comparator: '>=', value: 1, unit: '个' }],
    ['力争建成3个全省有影响力的优秀社团', { label: '优秀社团', comparator: '>=', value: 3, unit: '个' }],
    ['组织“青年当清廉”演讲比赛一期。', { label: '“青年当清廉”演讲比赛', comparator: '>=', value: 1, unit: '期' }],
  ])('%s', (text, target) => {
    expect(extractTargets(text)).toEqual([target]);
  });

  it('reads a parallel quantity in the same unit', () => {
    expect(extractTargets('校级讲师团成员至少在校内开展宣讲3场,校外1场。').map((t) => `${t.label}${t.comparator}${t.value}${t.unit}`)).toEqual([
      '校内宣讲>=3场',
      '校外宣讲>=1场',
    ]);
  });

  it.each(['传达学习二十大精神', '纪念五四运动104周年', '召开第四次团代会', '每月召开一次例会', '开展一个月的活动', '资助困难学生450余名'])(
    '%s has no target',
    (text) => {
      expect(extractTargets(text)).toEqual([]);
    },
  );
});

describe('dates and deadlines', () => {
  const due = (text: string, today?: string) => pickDueDate(findDates(text, 2023), today);

  it.each([
    ['3月6日—30日开展', '2023-03-30'],
    ['9月20日前完成', '2023-09-20'],
    ['于 2022 年 10 月 31 日前报送', '2022-10-31'],
    ['确保年底前完成', '2023-12-31'],
    ['六月底前', '2023-06-30'],
    ['4月中旬完成', '2023-04-20'],
    ['3月5日学雷锋纪念日', '2023-03-05'],
    ['3月6日至4月10日', '2023-04-10'],
    ['截至11月15日', '2023-11-15'],
    ['2月30日前', null],
    ['学年末总结', null],
  ])('%s → %s', (text, expected) => {
    expect(due(text)).toBe(expected);
  });

  it('takes the first deadline still ahead when two are written', () => {
    expect(due('于6月底和12月底前报送')).toBe('2023-06-30');
    expect(due('于6月底和12月底前报送', '2023-07-01')).toBe('2023-12-31');
    expect(due('于6月底和12月底前报送', '2024-01-05')).toBe('2023-12-31');
  });

  it('names how often year-round work recurs', () => {
    expect(findCadence('督学(一周一次)、主题团课(双周一次)')).toBe('每周');
    expect(findCadence('每月召开一次例会')).toBe('每月');
    expect(findCadence('日常开展第二课堂工作')).toBeNull();
  });
});

describe('numbering checks', () => {
  const items = (seqs: number[], run = 1) => seqs.map((seq, index) => ({ index, seq, line: index + 1, text: `事项${seq}`, run }));

  it('finds nothing in a continuous list', () => {
    expect(checkSequences(items([1, 2, 3, 4])).problems).toEqual([]);
  });

  it('reports a slip that repeats a later number as a duplicate, with a note on the item', () => {
    const { problems, notes } = checkSequences(items([27, 28, 39, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40]));
    expect(problems.map((p) => [p.line, p.kind, p.message])).toEqual([[3, 'duplicate_seq', '序号39与第13行重复，按前后顺序此处应为29']]);
    expect(notes.get(2)).toBe('原文序号为39，疑为29');
  });

  it('reports gaps, numbers going back and repeats', () => {
    expect(checkSequences(items([1, 2, 5, 6])).problems.map((p) => p.kind)).toEqual(['seq_gap']);
    expect(checkSequences(items([1, 2, 3, 2])).problems.map((p) => p.kind)).toEqual(['duplicate_seq']);
    expect(checkSequences(items([3, 4, 1, 9])).problems.map((p) => p.kind)).toEqual(['seq_order', 'seq_gap']);
  });
});

describe('small helpers', () => {
  it('Chinese numerals both ways', () => {
    expect([1, 10, 11, 20, 21, 99, 105, 110].map(toChineseNumber)).toEqual(['一', '十', '十一', '二十', '二十一', '九十九', '一百零五', '一百一十']);
    expect(['一', '十', '十二', '二十一', '一百零五', '两'].map(parseChineseNumber)).toEqual([1, 10, 12, 21, 105, 2]);
  });

  it('header rows by their column names', () => {
    expect(headerRoles(['序号', '时间', '工作内容', '责任部门', '完成时限', '备注'])).toEqual(['seq', 'period', 'content', 'owners', 'due', 'notes']);
    expect(headerRoles(['3月', '开展活动内容丰富'])).toBeNull();
  });
});
