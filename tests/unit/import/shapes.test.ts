import { describe, expect, it } from 'vitest';
import { planDraft } from '../../../core/contract/draft';
import { periodLabel } from '../../../core/domain/months';
import { parsePlanText } from '../../../core/import/parse-plan-text';
import { fixture, seed } from './fixtures';

// Plans as other offices write them (tests/fixtures/import), and smaller shapes inline.

function parse(text: string) {
  const result = parsePlanText(text, { year: 2024 });
  expect(planDraft.safeParse(result.draft).success).toBe(true);
  expect(result.sourceLines).toHaveLength(result.draft.items.length);
  return result;
}

const brief = (items: ReturnType<typeof parse>['draft']['items']) => items.map((i) => [periodLabel(i), i.seq, i.content]);

describe('month headings: 一、二月份 / 三月份 / 七、八月份 / 十至十二月 / 常规工作, (1) numbering', () => {
  const { draft, problems, stats } = parse(fixture('month-headings.txt'));

  it('reads every numbered line as an item of its month', () => {
    expect(draft.title).toBe('信息工程学院团委2024年工作计划');
    expect(draft.organization).toBe('信息工程学院团委');
    expect(brief(draft.items).map(([p, s]) => `${p}#${s}`)).toEqual([
      '1-2月#1', '1-2月#2', '3月#1', '3月#2', '3月#3', '4月#1', '4月#2', '5月#1', '7-8月#1', '9月#1', '9月#2',
      '10-12月#1', '10-12月#2', '贯穿全年#1', '贯穿全年#2',
    ]);
    // Only the numbered lines of 工作要求, listed rather than dropped.
    expect(problems.map((p) => [p.line, p.kind])).toEqual([
      [36, 'not_item'],
      [37, 'not_item'],
    ]);
  });

  it('takes owners, targets, dates and continued lines', () => {
    const [first, , volunteer, planting, , , wusi, , summer] = draft.items;
    expect(first.owners).toEqual([{ name: '张伟', role: 'lead' }]);
    expect(first.content).toBe('召开学院团委寒假工作部署会。');
    expect(volunteer.owners).toEqual([
      { name: '青年志愿者协会', role: 'lead' },
      { name: '各班团支部', role: 'assist' },
    ]);
    expect(volunteer.targets).toEqual([{ label: '参与人数', comparator: '>=', value: 800, unit: '人次' }]);
    expect(planting.dueDate).toBe('2024-03-12');
    expect(wusi.content).toBe('启动“五四”评优表彰工作，各团支部于4月20日前提交推荐材料。');
    expect(wusi.dueDate).toBe('2024-04-20');
    expect(summer.targets).toEqual([{ label: '组建实践团队', comparator: '>=', value: 10, unit: '支' }]);
    expect(draft.items[12].dueDate).toBe('2024-12-31');
    expect(draft.items[13].cadence).toBe('每月');
  });

  it('skips 指导思想, 工作目标 and 工作要求 (their numbered lines listed above)', () => {
    // Two prose lines, and the two numbered lines under 工作要求.
    expect(stats.skippedLines).toBe(4);
    expect(draft.items.some((i) => /团员参学率|形式主义/.test(i.content))).toBe(false);
  });
});

describe('numbered month headings: 一、二月份 二、三月份 … read as 一、 + 二月份', () => {
  it('gives February, March, April, May with mixed 1. 1、 1． numbering', () => {
    const { draft } = parse(fixture('enumerated-months.txt'));
    expect(brief(draft.items)).toEqual([
      ['2月', 1, '制定本学期团总支工作计划'],
      ['2月', 2, '组织寒假返校团员报到'],
      ['3月', 1, '开展学雷锋月志愿服务'],
      ['3月', 2, '组织团员“青年大学习”督学'],
      ['4月', 1, '清明祭英烈'],
      ['4月', 2, '“五四”评优推荐，4月25日前完成'],
      ['5月', 1, '五四青年节系列活动'],
    ]);
    expect(draft.items[5].dueDate).toBe('2024-04-25');
  });
});

describe('a table with 序号, 时间, 负责部门 and 备注 columns', () => {
  const { draft, problems } = parse(fixture('owner-table.txt'));

  it('reads one item per row, an empty 时间 cell continuing the row above', () => {
    expect(draft.title).toBe('商学院团委2024年度工作安排表');
    expect(brief(draft.items)).toEqual([
      ['3月', 1, '学雷锋志愿服务活动'],
      ['3月', 2, '植树节主题团日'],
      ['4月', 3, '清明祭扫'],
      ['5-6月', 4, '五四表彰'],
      ['贯穿全年', 5, '青年大学习督学'],
      ['贯穿全年', 6, '团干部素质拓展'],
    ]);
  });

  it('takes owners from the column, targets, dates and cadence from 备注', () => {
    expect(draft.items[2].owners).toEqual([
      { name: '宣传部', role: 'lead' },
      { name: '组织部', role: 'assist' },
    ]);
    expect(draft.items[0].targets).toEqual([{ label: '参与人数', comparator: '>=', value: 500, unit: '人次' }]);
    expect(draft.items[0].notes).toBe('参与人数不少于500人次');
    expect(draft.items[2].dueDate).toBe('2024-04-05');
    expect(draft.items[4].cadence).toBe('每周');
  });

  it('reports a 时间 it cannot read and keeps the item', () => {
    expect(problems).toEqual([expect.objectContaining({ line: 8, kind: 'unknown_period', text: '待定' })]);
  });
});

describe('a weekly 行事历 with 第N周 rows', () => {
  const { draft, problems } = parse(fixture('week-calendar.txt'));

  it('puts each week in the month it starts in, due on its last day; an undated week counted from the others', () => {
    expect(draft.items.map((i) => [periodLabel(i), i.content, i.notes, i.dueDate])).toEqual([
      ['2月', '开学工作部署', '第1周', '2024-03-03'],
      ['3月', '学雷锋志愿服务月启动', '第2周', '2024-03-10'],
      ['3月', '团支部书记培训', '第3周', null],
      ['3月', '主题团日活动', '第4周', null],
    ]);
    expect(draft.items[2].owners.map((o) => o.name)).toEqual(['王芳', '李强']);
    expect(problems).toEqual([]);
  });

  it('reports weeks it cannot date at all once, and keeps their items year-round', () => {
    const undated = parse('周次 | 工作内容 | 负责人\n第1周 | 开学部署 | 王芳\n第2周 | 团课 | 李强');
    expect(undated.draft.items.map((i) => periodLabel(i))).toEqual(['贯穿全年', '贯穿全年']);
    expect(undated.problems).toEqual([expect.objectContaining({ kind: 'unknown_period', line: 2 })]);
    expect(undated.problems[0].message).toContain('有2处只写了周次');
  });
});

describe('key tasks: （一） sections, 1、 items, owners after the text, sub-points', () => {
  const { draft, stats } = parse(fixture('key-tasks.txt'));

  it('reads the tasks of each section with their owners', () => {
    expect(draft.sections.map((s) => s.title)).toEqual(['思想引领', '服务同学']);
    expect(draft.items.map((i) => [i.sectionTitle, i.seq, i.isKey])).toEqual([
      ['思想引领', 1, true],
      ['思想引领', 2, true],
      ['服务同学', 1, true],
      ['服务同学', 2, true],
    ]);
    expect(draft.items[0].owners).toEqual([{ name: '组织部', role: 'lead' }]);
    expect(draft.items[0].targets).toEqual([{ label: '参学率', comparator: '>=', value: 90, unit: '%' }]);
    expect(draft.items[2].owners.map((o) => `${o.name}:${o.role}`)).toEqual(['权益部:lead', '生活部:assist', '学习部:assist']);
  });

  it('keeps a task year-round unless it starts with a month', () => {
    expect(draft.items.map((i) => periodLabel(i))).toEqual(['贯穿全年', '3月', '贯穿全年', '贯穿全年']);
    expect(draft.items[1].targets).toEqual([{ label: '主题宣讲', comparator: '>=', value: 10, unit: '场' }]);
    expect(draft.items[2].dueDate).toBe('2024-09-20');
  });

  it('continues an item over lines and keeps its (1) (2) sub-points in it', () => {
    expect(draft.items[3].content).toBe('建好学生事务服务中心，全年接待咨询不少于2000人次。 （1）周一至周五值班； （2）每月汇总一次同学诉求。');
    expect(stats.skippedLines).toBe(3);
  });
});

describe('seed 002: another office’s 工作要点', () => {
  it('reads 22 key tasks in 6 sections and drops the download site’s notes above the title', () => {
    const { draft } = parsePlanText(seed('002'), { year: 2023 });
    expect(draft.title).toBe('团市委2023年工作要点');
    expect(draft.organization).toBe('团市委');
    expect(draft.sections).toHaveLength(6);
    expect(draft.items.map((i) => i.seq)).toEqual(Array.from({ length: 22 }, (_, n) => n + 1));
    expect(draft.items.every((i) => i.isKey && i.yearRound)).toBe(true);
    expect(draft.items.some((i) => i.content.includes('下载'))).toBe(false);
  });
});

describe('smaller shapes', () => {
  it('（一）九月份 headings, ① items on one line, 七—八月： with items after the colon, bullets under 11至12月', () => {
    const text = [
      '（一）九月份',
      '① 迎新志愿服务 ② 新生团员组织关系转接',
      '（二）十月份',
      '① 国庆主题团日',
      '七—八月：1.暑期社会实践 2.返家乡活动',
      '11至12月',
      '• 年度述职评议',
      '• 团费收缴',
      '注：收缴情况于12月20日前报团委。',
    ].join('\n');
    const { draft } = parse(text);
    expect(brief(draft.items)).toEqual([
      ['9月', 1, '迎新志愿服务'],
      ['9月', 2, '新生团员组织关系转接'],
      ['10月', 1, '国庆主题团日'],
      ['7-8月', 1, '暑期社会实践'],
      ['7-8月', 2, '返家乡活动'],
      ['11-12月', null, '年度述职评议'],
      ['11-12月', null, '团费收缴'],
    ]);
    expect(draft.items[6].notes).toBe('收缴情况于12月20日前报团委。');
  });

  it('1-2月 and 3月 headings with one unnumbered item per line', () => {
    const { draft } = parse('1-2月\n召开团学干部大会\n负责人：张三\n开展寒假社会实践\n3月\n学雷锋志愿服务月');
    expect(brief(draft.items)).toEqual([
      ['1-2月', null, '召开团学干部大会'],
      ['1-2月', null, '开展寒假社会实践'],
      ['3月', null, '学雷锋志愿服务月'],
    ]);
    expect(draft.items[0].owners).toEqual([{ name: '张三', role: 'lead' }]);
  });

  it('a table with a 负责人 column, a row per line, a row continuing the month above', () => {
    const text = ['团委宣传部工作计划', '月份 | 工作内容 | 负责人 | 备注', '3月 | 1.学雷锋宣传 2.植树节推送 | 王芳 |', ' | 3.公众号改版 | 李强、赵敏 | 4月10日前上线'].join('\n');
    const { draft } = parse(text);
    expect(draft.items.map((i) => [periodLabel(i), i.seq, i.content, i.owners.map((o) => o.name).join('、'), i.dueDate])).toEqual([
      ['3月', 1, '学雷锋宣传', '王芳', null],
      ['3月', 2, '植树节推送', '王芳', null],
      ['3月', 3, '公众号改版', '李强、赵敏', '2024-04-10'],
    ]);
  });

  it('a table with a cell per line and a 负责人 column', () => {
    const text = ['月份 |', '工作内容 |', '负责人 |', '3月 |', '1.学雷锋 2.植树 |', '王芳 |', '4月 |', '清明祭扫 |', '|'].join('\n');
    const { draft } = parse(text);
    expect(draft.items.map((i) => [periodLabel(i), i.content, i.owners.length])).toEqual([
      ['3月', '学雷锋', 1],
      ['3月', '植树', 1],
      ['4月', '清明祭扫', 0],
    ]);
  });

  it('stage headings, a numbered 日常工作 block, items separated by ；after a heading', () => {
    const text = [
      '一、工作安排',
      '第一阶段（3月—4月）',
      '1.学雷锋志愿服务',
      '第二阶段：5-6月',
      '1.五四表彰',
      '暑期工作：社会实践；返家乡',
      '二、日常工作',
      '1.团费收缴',
    ].join('\n');
    expect(brief(parse(text).draft.items)).toEqual([
      ['3-4月', 1, '学雷锋志愿服务'],
      ['5-6月', 1, '五四表彰'],
      ['7-8月', null, '社会实践'],
      ['7-8月', null, '返家乡'],
      ['贯穿全年', 1, '团费收缴'],
    ]);
  });

  it('a table naming each activity in one column and describing it in another', () => {
    const text = ['时间 | 活动名称 | 活动内容 | 负责部门', '3月 | 学雷锋月 | 组织志愿者进社区服务 | 青协'].join('\n');
    const [item] = parse(text).draft.items;
    expect(item).toMatchObject({ content: '学雷锋月', notes: '组织志愿者进社区服务', startMonth: 3 });
    expect(item.owners).toEqual([{ name: '青协', role: 'lead' }]);
  });

  it('第N部分 headings, periods an item states for itself, month lines set apart by a space or tabs', () => {
    const text = [
      '第一部分 指导思想',
      '坚持以习近平新时代中国特色社会主义思想为指导。',
      '第二部分 主要任务',
      '1.开展学雷锋志愿服务活动（3月）',
      '2.组织暑期社会实践。（时间：7-8月）（责任人：张三）',
      '3.加强团支部建设，实施时间：9月至12月。',
      '4.深化青年大学习',
      '第三部分 月度安排',
      '2月 制定学期工作计划',
      '3月\t开展植树节活动\t团委办公室',
    ].join('\n');
    const { draft, stats } = parse(text);
    expect(draft.items.map((i) => [i.isKey, periodLabel(i), i.content, i.owners.map((o) => o.name).join('')])).toEqual([
      [true, '3月', '开展学雷锋志愿服务活动（3月）', ''],
      [true, '7-8月', '组织暑期社会实践。（时间：7-8月）', '张三'],
      [true, '9-12月', '加强团支部建设，实施时间：9月至12月。', ''],
      [true, '贯穿全年', '深化青年大学习', ''],
      [false, '2月', '制定学期工作计划', ''],
      [false, '3月', '开展植树节活动', '团委办公室'],
    ]);
    expect(stats.skippedLines).toBe(1);
  });

  it('a cell per line where one cell runs over several lines', () => {
    const text = ['月份 |', '工作内容 |', '备注 |', '3月 |', '1.学雷锋志愿服务', '2.植树节团日 |', '|', '4月 |', '清明祭扫 |', '4月5日前 |'].join('\n');
    const { draft, sourceLines } = parse(text);
    expect(draft.items.map((i) => [periodLabel(i), i.seq, i.content, i.dueDate])).toEqual([
      ['3月', 1, '学雷锋志愿服务', null],
      ['3月', 2, '植树节团日', null],
      ['4月', null, '清明祭扫', '2024-04-05'],
    ]);
    expect(sourceLines.slice(0, 2)).toEqual([[5], [6]]);
  });

  it('splits a line only at plausible item numbers, never at 2023年, 104周年 or 3个', () => {
    const { draft } = parse('5月\n1.举办纪念五四运动104周年系列活动 2.建成3个优秀社团，完成2023年度评议 3.总结');
    expect(draft.items.map((i) => i.content)).toEqual(['举办纪念五四运动104周年系列活动', '建成3个优秀社团，完成2023年度评议', '总结']);
  });

  it('keeps gaps and repeats in the numbering as written and reports them', () => {
    const { draft, problems } = parse('3月\n1.甲\n2.乙\n5.丙\n6.丁\n6.戊');
    expect(draft.items.map((i) => i.seq)).toEqual([1, 2, 5, 6, 6]);
    expect(problems.map((p) => [p.line, p.kind, p.message])).toEqual([
      [4, 'seq_gap', '序号2之后是5，缺少3至4'],
      [6, 'duplicate_seq', '序号6与第5行重复'],
    ]);
  });

  it('reads a lone slip between two good numbers as the expected number', () => {
    const { draft, problems } = parse('3月\n1.甲\n2.乙\n4.丙\n4.丁');
    expect(draft.items[2].notes).toBe('原文序号为4，疑为3');
    expect(problems.map((p) => [p.line, p.kind])).toEqual([[4, 'duplicate_seq']]);
  });

  it('reports a line inside the plan body it cannot place', () => {
    const text = ['一、重点工作', '1.开展“青年大学习”督学，每周通报一次。（责任人：张三）', '这是一行无法归属的内容。', '2.3月，召开团支部书记例会'].join('\n');
    const { draft, problems } = parse(text);
    expect(draft.items.map((i) => [periodLabel(i), i.content])).toEqual([
      ['贯穿全年', '开展“青年大学习”督学，每周通报一次。'],
      ['3月', '3月，召开团支部书记例会'],
    ]);
    expect(problems).toEqual([expect.objectContaining({ line: 3, kind: 'unrecognised' })]);
  });
});
