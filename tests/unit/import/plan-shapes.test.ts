import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { planDraft } from '../../../core/contract/draft';
import { periodLabel } from '../../../core/domain/months';
import { importDocument } from '../../../core/import/import-document';
import { NOT_A_PLAN, parsePlanText } from '../../../core/import/parse-plan-text';

// One test per shape of plan the importer must read (issue 11), each from a small text of its own; the corpus
// (corpus.test.ts) measures the same shapes over whole documents.

function parse(text: string, year = 2024) {
  const result = parsePlanText(text, { year, today: `${year}-01-01` });
  expect(planDraft.safeParse(result.draft).success).toBe(true);
  return result;
}

const rows = (text: string, year = 2024) => {
  const { draft, writtenPeriods } = parse(text, year);
  return draft.items.map((i, k) => [writtenPeriods[k] ?? periodLabel(i), i.content]);
};
const owners = (text: string) => parse(text).draft.items.map((i) => i.owners.map((o) => `${o.name}/${o.role}`).join(' '));

describe('month headings carrying a theme or slogan', () => {
  it.each([
    ['二月主题：新起点、新打算', '主题：新起点、新打算'],
    ['三月份主题：友爱互助，温暖同行', '主题：友爱互助，温暖同行'],
    ['【四月】德育主题：传统文化月', '主题：传统文化月'],
    ['五月——劳动教育月', '主题：劳动教育月'],
    ['六月（毕业季）', '主题：毕业季'],
    ['九月：迎新季', '主题：迎新季'],
  ])('%s names the month; the numbered lines below are its items', (heading, note) => {
    const { draft } = parse(`${heading}\n1.召开团支部书记会议\n2.组织志愿服务`);
    expect(draft.items.map((i) => [periodLabel(i), i.content, i.notes])).toEqual([
      [periodLabel({ startMonth: draft.items[0].startMonth, endMonth: draft.items[0].endMonth, yearRound: false }), '召开团支部书记会议', note],
      [periodLabel(draft.items[1]), '组织志愿服务', note],
    ]);
    expect(draft.items.every((i) => !i.yearRound)).toBe(true);
  });

  it('a 主题： line under a month heading, bullets, and 3月份 / 【三月】 spellings', () => {
    expect(rows('三月份工作安排\n主题：学雷锋 树新风\n★开展志愿服务\n★组织观看影片\n【四月】\n◆清明祭扫\n5月份\n1.五四表彰')).toEqual([
      ['3月', '开展志愿服务'],
      ['3月', '组织观看影片'],
      ['4月', '清明祭扫'],
      ['5月', '五四表彰'],
    ]);
  });

  it('text after "3月：" is the month’s works when it is not a theme', () => {
    expect(rows('3月：学雷锋志愿服务；植树节团日\n4月：清明祭扫')).toEqual([
      ['3月', '学雷锋志愿服务'],
      ['3月', '植树节团日'],
      ['4月', '清明祭扫'],
    ]);
  });

  it('（三月） headings, a line wrapped after a comma, owners after 负责：', () => {
    const { draft } = parse('（三月）\n1.学雷锋活动（负责：组织部）\n（四月）\n清明祭扫，组织团员到烈士陵园，\n缅怀革命先烈\n五四评优');
    expect(draft.items.map((i) => [periodLabel(i), i.content, i.owners.map((o) => o.name).join('')])).toEqual([
      ['3月', '学雷锋活动', '组织部'],
      ['4月', '清明祭扫，组织团员到烈士陵园，缅怀革命先烈', ''],
      ['4月', '五四评优', ''],
    ]);
  });

  it('weeks counted within a month heading keep its month', () => {
    expect(rows('三月\n第一周\n1.开学部署\n第二周\n1.学雷锋\n四月\n第一周\n1.清明祭扫')).toEqual([
      ['3月', '开学部署'],
      ['3月', '学雷锋'],
      ['4月', '清明祭扫'],
    ]);
  });

  it('春季学期/秋季学期 give their months; 上学期/下学期 (which differ between schools) keep their works year-round and say so', () => {
    expect(rows('春季学期\n1.团支部建设\n秋季学期\n1.迎新')).toEqual([
      ['2-7月', '团支部建设'],
      ['9-12月', '迎新'],
    ]);
    const { draft, problems } = parse('下学期：\n1.五四表彰\n2.毕业教育');
    expect(draft.items.map((i) => [periodLabel(i), i.content])).toEqual([
      ['贯穿全年', '五四表彰'],
      ['贯穿全年', '毕业教育'],
    ]);
    expect(problems).toEqual([expect.objectContaining({ line: 1, kind: 'unknown_period' })]);
  });

  it('stages and quarters with their dates', () => {
    expect(rows('第一阶段：宣传发动（3月1日—3月15日）\n1.印发方案\n第二阶段：组织实施（3月16日—5月31日）\n1.专题学习\n第三季度（7—9月）\n1.暑期实践')).toEqual([
      ['3月', '印发方案'],
      ['3-5月', '专题学习'],
      ['7-9月', '暑期实践'],
    ]);
  });
});

describe('month tables', () => {
  it('in any column order, the month cell last, a 工作项目 naming the item and 主要内容 describing it', () => {
    const { draft } = parse('序号 | 工作项目 | 主要内容 | 牵头部门 | 时间安排\n1 | 教代会 | 审议年度工作报告 | 院工会 | 3月\n2 | 运动会 | 趣味项目 | 文体委员会 | 4-5月');
    expect(draft.items.map((i) => [i.seq, periodLabel(i), i.content, i.notes, i.owners[0].name])).toEqual([
      [1, '3月', '教代会', '审议年度工作报告', '院工会'],
      [2, '4-5月', '运动会', '趣味项目', '文体委员会'],
    ]);
  });

  it('a month label set vertically (二 / 月) in a table pasted a cell per line', () => {
    const text = ['时间 |', '工作重点 |', '二', '月 |', '1.开学典礼', '2.行为规范教育周 |', '三', '月 |', '学雷锋活动 |'].join('\n');
    expect(rows(text)).toEqual([
      ['2月', '开学典礼'],
      ['2月', '行为规范教育周'],
      ['3月', '学雷锋活动'],
    ]);
  });

  it('时间 | 工作主题 | 工作重点 | 具体措施: the works of 工作重点 are the items; theme and measures go to notes, paired', () => {
    const text = '时间 | 工作主题 | 工作重点 | 具体措施\n三月 | 学雷锋月 | 1.志愿服务 2.感恩教育 | 1.进社区 2.主题班会';
    expect(parse(text).draft.items.map((i) => [periodLabel(i), i.content, i.notes])).toEqual([
      ['3月', '志愿服务', '主题：学雷锋月；措施：进社区'],
      ['3月', '感恩教育', '主题：学雷锋月；措施：主题班会'],
    ]);
  });
});

describe('week-based 行事历', () => {
  const calendar = [
    '周次 | 日期 | 主要工作安排 | 负责处室',
    '第1周 | 2月26日-3月3日 | 1.开学工作会议 2.学生报到注册 | 校长室',
    '第2周 | 3月4日-3月10日 | 1.学雷锋活动启动',
    '2.三八节活动 | 德育处',
    '工会',
    '第4周 |  | 主题团日 | 团委',
    '周次 5 | 3.25-3.31 | 安全教育日 | 安全办',
  ].join('\n');

  it('puts each week in the month it starts in, one item per numbered work, rows continued on the next lines', () => {
    expect(rows(calendar)).toEqual([
      ['2月', '开学工作会议'],
      ['2月', '学生报到注册'],
      ['3月', '学雷锋活动启动'],
      ['3月', '三八节活动'],
      ['3月', '主题团日'],
      ['3月', '安全教育日'],
    ]);
  });

  it('takes the 负责处室 as the lead (a second line of it assists) and the week’s last day as the due date', () => {
    const { draft } = parse(calendar);
    expect(draft.items[2].owners).toEqual([
      { name: '德育处', role: 'lead' },
      { name: '工会', role: 'assist' },
    ]);
    expect(draft.items[0].dueDate).toBe('2024-03-03');
    expect(draft.items[4].notes).toBe('第4周');
  });

  it('a 校历 with a 月份 column and a column per weekday: each week in its month, the day numbers left out', () => {
    const text = [
      '月份 | 周次 | 一 | 二 | 三 | 四 | 五 | 六 | 日 | 主要工作',
      '2月 | 1 | 26 | 27 | 28 | 29 | 1 | 2 | 3 | 开学报到',
      ' | 2 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 学雷锋活动启动',
      '3月 | 3 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 植树节',
    ].join('\n');
    expect(parse(text).draft.items.map((i) => [periodLabel(i), i.content, i.notes])).toEqual([
      ['2月', '开学报到', '第1周'],
      ['2月', '学雷锋活动启动', '第2周'],
      ['3月', '植树节', '第3周'],
    ]);
  });

  it('week headings in prose: 第一周（2月26日—3月3日）, an undated week counted from the dated ones', () => {
    expect(rows('第一周（2月26日—3月3日）\n1.工作例会\n第二周\n1.志愿服务\n第五周：3月25日-3月31日\n1.推优')).toEqual([
      ['2月', '工作例会'],
      ['3月', '志愿服务'],
      ['3月', '推优'],
    ]);
  });
});

describe('tables pasted a cell per line', () => {
  it('with "|" after each cell, under an 11-column header, gives one item per row', () => {
    const header = ['部门', '序号', '工作内容', '完成时间', '责任人', '参与人', '协助单位', '完成情况', '督办人', '佐证材料', '备注'];
    const row = (cells: string[]) => cells.map((c) => `${c} |`);
    const text = [
      ...row(header),
      ...row(['组织部', '1', '团员教育评议', '3月', '张晓燕', '李明', '学生处', '已完成', '刘主任', '汇总表', '']),
      ...row(['', '2', '发展新团员', '4月底前', '张晓燕', '', '', '', '刘主任', '', '']),
      ...row(['宣传部', '3', '新媒体运营', '全年', '赵倩', '', '', '进行中', '', '', '每周3条']),
    ].join('\n');
    const { draft, problems } = parse(text);
    expect(draft.items.map((i) => [periodLabel(i), i.seq, i.content, i.sectionTitle])).toEqual([
      ['3月', 1, '团员教育评议', '组织部'],
      ['4月', 2, '发展新团员', '组织部'],
      ['贯穿全年', 3, '新媒体运营', '宣传部'],
    ]);
    expect(draft.items[0].owners).toEqual([
      { name: '张晓燕', role: 'lead' },
      { name: '李明', role: 'assist' },
      { name: '学生处', role: 'assist' },
    ]);
    // 完成情况 is kept in notes, never made an item.
    expect(draft.items[0].notes).toContain('完成情况：已完成');
    expect(draft.items[2].notes).toContain('完成情况：进行中');
    expect(problems).toEqual([]);
  });

  it('without any separator, under a header of one label per line', () => {
    const text = ['月份', '工作内容', '负责人', '9月', '1.迎新', '2.新生团籍注册', '刘颖', '10月', '国庆主题团日', '陈杰'].join('\n');
    expect(rows(text)).toEqual([
      ['9月', '迎新'],
      ['9月', '新生团籍注册'],
      ['10月', '国庆主题团日'],
    ]);
    expect(owners(text)).toEqual(['刘颖/lead', '刘颖/lead', '陈杰/lead']);
  });

  it('tab-separated from Excel, a cell of several lines quoted', () => {
    const text = '月份\t工作内容\t负责人\n3月\t"1.学雷锋\n2.植树节"\t王芳\n4月\t"清明""祭扫"""\t李强';
    expect(rows(text)).toEqual([
      ['3月', '学雷锋'],
      ['3月', '植树节'],
      ['4月', '清明"祭扫"'],
    ]);
  });

  it('tab-separated from Word, with an empty month cell continuing the row above', () => {
    const text = ['月份\t活动内容\t负责人\t备注', '九月\t开学典礼\t大队辅导员\t', '\t入队前教育\t中队辅导员\t', '十月\t建队日\t大队委\t10月13日'].join('\n');
    expect(rows(text)).toEqual([
      ['9月', '开学典礼'],
      ['9月', '入队前教育'],
      ['10月', '建队日'],
    ]);
    expect(owners(text)).toEqual(['大队辅导员/lead', '中队辅导员/lead', '大队委/lead']);
  });
});

describe('term plans crossing the new year', () => {
  it('months after December belong to the next year: kept in December of the plan, due that year, and said in the preview', () => {
    const { draft, writtenPeriods, problems, stats } = parse('十一月：学风季\n1.早读检查\n十二月\n1.元旦晚会\n一月\n1.期末考风教育\n2.寒假安全教育');
    expect(writtenPeriods).toEqual([null, null, '次年1月', '次年1月']);
    expect(draft.items.map((i) => [periodLabel(i), i.dueDate, i.notes])).toEqual([
      ['11月', null, '主题：学风季'],
      ['12月', null, ''],
      ['12月', '2025-01-31', '原文为次年1月'],
      ['12月', '2025-01-31', '原文为次年1月'],
    ]);
    expect(stats.nextYearItems).toBe(2);
    const said = problems.filter((p) => p.kind === 'next_year');
    expect(said.map((p) => p.line)).toEqual([6, 7]);
    expect(said[0].message).toBe('学期跨年：原文此项在次年1月（2025年），2024年度台账记在12月、完成时限2025-01-31；如需在2025年度督办，可取消勾选，改在2025年度导入');
  });

  it('a year written out decides (2025年1月, 次年1月), and a second list of months starts over', () => {
    expect(rows('2024年12月\n1.总结\n2025年1月\n1.寒假安全教育\n学习部\n9月\n1.招新\n次年1月\n1.述职')).toEqual([
      ['12月', '总结'],
      ['次年1月', '寒假安全教育'],
      ['9月', '招新'],
      ['次年1月', '述职'],
    ]);
  });

  it('a week calendar running past New Year', () => {
    const text = '周次 | 日期 | 工作安排\n第17周 | 12月23日-12月29日 | 汇演彩排\n第18周 | 12月30日-1月5日 | 元旦放假\n第19周 | 1月6日-1月12日 | 期末考试';
    expect(rows(text)).toEqual([
      ['12月', '汇演彩排'],
      ['12月', '元旦放假'],
      ['次年1月', '期末考试'],
    ]);
    // The week that starts in December ends, and is due, in January of the next year.
    expect(parse(text).draft.items.map((i) => i.dueDate)).toEqual(['2024-12-29', '2025-01-05', '2025-01-12']);
  });
});

describe('owners, assistants and 完成情况 columns', () => {
  it('责任人 leads, 参与人/协助单位/配合部门 assist; 完成情况 goes to notes', () => {
    const text = '月份 | 工作内容 | 责任人 | 配合部门 | 完成情况\n3月 | 志愿服务 | 王芳、李强 | 青协 | 已完成';
    const [item] = parse(text).draft.items;
    expect(item.owners).toEqual([
      { name: '王芳', role: 'lead' },
      { name: '李强', role: 'assist' },
      { name: '青协', role: 'assist' },
    ]);
    expect(item.notes).toBe('完成情况：已完成');
  });

  it('owners after a dash', () => {
    expect(owners('三月份\n（1）召开例会——组织部\n（2）志愿服务—— 王芳、李强')).toEqual(['组织部/lead', '王芳/lead 李强/assist']);
  });
});

describe('Word tables with merged cells', () => {
  const cell = (text: string, opts: { rowSpan?: number; columnSpan?: number } = {}) =>
    new TableCell({ children: text.split('\n').map((p) => new Paragraph(p)), ...opts });

  it('a merged cell’s text goes to every row it spans; a cell of several paragraphs gives one item each', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('2024年春季学期德育工作行事历'),
            new Table({
              rows: [
                new TableRow({ children: [cell('月份'), cell('工作内容'), cell('负责部门')] }),
                new TableRow({ children: [cell('3月', { rowSpan: 2 }), cell('学雷锋志愿服务\n植树节护绿'), cell('团委', { rowSpan: 2 })] }),
                new TableRow({ children: [cell('三八节感恩教育')] }),
                new TableRow({ children: [cell('4月'), cell('清明祭扫'), cell('德育处')] }),
                new TableRow({ children: [cell('注：如有变动另行通知', { columnSpan: 3 })] }),
              ],
            }),
          ],
        },
      ],
    });
    const result = await importDocument(new Uint8Array(await Packer.toBuffer(doc)), '行事历.docx', { year: 2024 });
    expect(result.draft.items.map((i) => [periodLabel(i), i.content, i.owners.map((o) => o.name).join('、')])).toEqual([
      ['3月', '学雷锋志愿服务', '团委'],
      ['3月', '植树节护绿', '团委'],
      ['3月', '三八节感恩教育', '团委'],
      ['4月', '清明祭扫', '德育处'],
    ]);
  });
});

describe('documents that are not plans', () => {
  it.each([
    ['a 通报', '关于上半年重点工作督办情况的通报\n各团总支：\n一、总体情况\n1.3月，完成团员教育评议。\n2.志愿服务参与2100人次。\n二、存在问题\n1.部分团总支推进不平衡。\n特此通报。', '通报'],
    ['a 总结', '校团委2023年工作总结\n一、思想引领\n1.3月，启动主题教育。\n2.5月，召开表彰大会。', '工作总结'],
    ['a 总结 without a title', '一年来，我们取得了一定成效。现将主要情况报告如下：\n1.3月，开展志愿服务42场。\n2.5月，召开表彰大会。\n三、存在的问题\n1.活力不足。', '工作总结或通报'],
  ])('%s gives no items, says so, and lists every numbered paragraph it left', (_, text, what) => {
    const { draft, problems } = parse(text);
    expect(draft.items).toEqual([]);
    const verdict = problems.find((p) => p.kind === 'no_plan');
    expect(verdict?.message).toMatch(new RegExp(`^${NOT_A_PLAN}：这份文件是${what}`));
    const numbered = text.split('\n').flatMap((l, i) => (/^\d\./.test(l) ? [i + 1] : []));
    expect(problems.filter((p) => p.kind === 'not_item').map((p) => p.line)).toEqual(expect.arrayContaining(numbered));
  });

  it('prose without any plan structure gives no items and the message', () => {
    const { draft, problems } = parse('各位老师：\n本周五下午召开全体会议，请准时参加。\n谢谢。');
    expect(draft.items).toEqual([]);
    expect(problems.map((p) => p.kind)).toEqual(['no_plan']);
    expect(problems[0].message.startsWith(NOT_A_PLAN)).toBe(true);
  });

  it('the plan a notice issues (关于印发《…工作安排》的通知) is read as the plan', async () => {
    const text = '关于印发《团委2024年春季学期工作安排》的通知\n各团总支：\n现将工作安排印发给你们。\n团委2024年春季学期工作安排\n三月份\n1.学雷锋活动\n2.团支部书记培训';
    const result = await importDocument(Buffer.from(text), '通知.txt', { year: 2024 });
    expect(result.kind).toBe('plan');
    expect(result.draft.items.map((i) => i.content)).toEqual(['学雷锋活动', '团支部书记培训']);
  });
});
