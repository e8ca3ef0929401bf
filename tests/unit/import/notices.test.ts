import { describe, expect, it } from 'vitest';
import { planDraft } from '../../../core/contract/draft';
import { detectKind } from '../../../core/import/detect-kind';
import { parseNotice } from '../../../core/import/parse-notice';
import { fixture, seed } from './fixtures';

describe('notices from above → their 报送 requirements', () => {
  it('seed 000: 活动开展情况 to 院团委 at the end of June and of December, one item due at the first', () => {
    const { draft, problems, sourceLines } = parseNotice(seed('000'), { year: 2023 });
    expect(planDraft.safeParse(draft).success).toBe(true);
    expect(draft.title).toBe('关于组织开展2023年“学习二十大、永远跟党走、奋进新征程”主题教育实践活动通知');
    expect(draft.organization).toBe('院团委');
    expect(draft.items).toHaveLength(1);
    const [item] = draft.items;
    expect(item).toMatchObject({
      content: '报送活动开展情况至院团委',
      source: 'notice',
      sourceRef: draft.title,
      dueDate: '2023-06-30',
      startMonth: 6,
      endMonth: 12,
      yearRound: false,
    });
    expect(item.notes).toContain('时限：6月底、12月底');
    expect(item.notes).toContain('178688456@qq.com');
    expect(item.notes).toContain('图片、视频等资料');
    expect(sourceLines).toEqual([[46]]);
    expect(problems).toEqual([]);
  });

  it('seed 000 after the June deadline: due at the end of December', () => {
    const { draft } = parseNotice(seed('000'), { year: 2023, today: '2023-07-01' });
    expect(draft.items[0].dueDate).toBe('2023-12-31');
  });

  it('seed 001: summary and 3-5 photos to 市组委会办公室 by 2022-10-31, with the contacts', () => {
    const { draft, problems } = parseNotice(seed('001'), { year: 2022 });
    expect(draft.title).toBe('关于开展“喜迎二十大、永远跟党走、奋进新征程”2022年度柳州市青年文明号集体有关工作的通知');
    expect(draft.organization).toBe('柳州市创建青年文明号活动组委会');
    expect(draft.items).toHaveLength(1);
    const [item] = draft.items;
    expect(item).toMatchObject({ dueDate: '2022-10-31', startMonth: 10, endMonth: 10, source: 'notice', sourceRef: draft.title });
    expect(item.content).toBe('报送活动工作总结、活动照片3-5张等电子版材料至市组委会办公室');
    expect(item.notes).toContain('材料：活动工作总结、活动照片3-5张等电子版材料');
    expect(item.notes).toContain('联系人：张洪栋');
    expect(item.notes).toContain('1ztswcsb@163.com');
    expect(problems).toEqual([]);
  });

  it('seed 004: 工作安排和经验做法 to 司团委 with no date, referenced by title and 文号', () => {
    const { draft, problems } = parseNotice(seed('004'), { year: 2020 });
    expect(draft.items).toHaveLength(1);
    const [item] = draft.items;
    expect(item.sourceRef).toBe('关于印发《驻京办事处“绽放战疫青春•坚定制度自信”主题宣传教育实践活动实施方案》的通知（办管团〔2020〕2号）');
    expect(item).toMatchObject({ content: '报送工作安排和经验做法至司团委', dueDate: null, yearRound: true });
    expect(problems).toEqual([expect.objectContaining({ line: 44, kind: 'no_deadline' })]);
  });

  it('ignores 报名, 报告 and 报道, and says so when a notice asks for nothing', () => {
    const text = ['关于举办团干部培训班的通知', '各团支部：', '请于3月1日前完成报名。', '培训内容包括工作报告撰写和新闻报道写作。'].join('\n');
    const { draft, problems } = parseNotice(text, { year: 2024 });
    expect(draft.items).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ kind: 'unrecognised' })]);
  });

  it('reads recurring and undated requirements, and the object after the verb', () => {
    const text = [
      '关于开展2024年“五四”评优表彰工作的通知',
      '各学院团委：',
      '一、请各团支部于3月31日前将《先进团支部申报表》（附件1）纸质版一式两份报送至团委办公室（行政楼302），电子版发送至邮箱tw@x.edu.cn。',
      '二、各单位须在每月5日前上报上月工作动态。',
      '三、活动结束后一周内将总结材料报送团委。',
      '校团委',
      '2024年3月1日',
    ].join('\n');
    const { draft, problems } = parseNotice(text, { year: 2024 });
    expect(draft.organization).toBe('校团委');
    expect(draft.items.map((i) => [i.content, i.dueDate, i.cadence])).toEqual([
      ['报送《先进团支部申报表》（附件1）纸质版一式两份至团委办公室', '2024-03-31', null],
      ['上报上月工作动态', null, '每月'],
      ['报送总结材料至团委', null, null],
    ]);
    expect(draft.items[0].notes).toContain('tw@x.edu.cn');
    expect(problems.map((p) => [p.line, p.kind])).toEqual([[5, 'no_deadline']]);
  });

  it('makes one item per requirement in a notice that asks for several', () => {
    const text = [
      '关于做好2024年五四评优工作的通知',
      '校团委〔2024〕5号',
      '各学院团委：',
      '一、各学院团委于4月10日前将推荐汇总表报送至校团委组织部。',
      '二、请各学院于4月15日前提交先进事迹材料（每人不少于1500字）至校团委邮箱tw@example.edu.cn。',
    ].join('\n');
    const { draft } = parseNotice(text, { year: 2024 });
    expect(draft.items.map((i) => [i.content, i.dueDate])).toEqual([
      ['报送推荐汇总表至校团委组织部', '2024-04-10'],
      ['提交先进事迹材料（每人不少于1500字）至校团委邮箱', '2024-04-15'],
    ]);
    expect(draft.items[0].sourceRef).toBe('关于做好2024年五四评优工作的通知（校团委〔2024〕5号）');
  });
});

describe('detectKind', () => {
  it('tells the notices from the plans among the seeds', () => {
    expect(['000', '001', '002', '003', '004'].map((s) => detectKind(seed(s as '000')))).toEqual(['notice', 'notice', 'plan', 'plan', 'notice']);
  });

  it('reads the small plans of other offices as plans', () => {
    for (const name of ['month-headings.txt', 'enumerated-months.txt', 'owner-table.txt', 'week-calendar.txt', 'key-tasks.txt']) {
      expect(detectKind(fixture(name)), name).toBe('plan');
    }
  });
});
