import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planDraft } from '../../../core/contract/draft';
import { detectKind } from '../../../core/import/detect-kind';
import { leadingEnumerator } from '../../../core/import/enumerator';
import { ImportError } from '../../../core/import/import-error';
import { parseNotice } from '../../../core/import/parse-notice';
import { parsePlanText } from '../../../core/import/parse-plan-text';
import { normalizeChars } from '../../../core/import/normalize';
import { readImportFile } from '../../../core/import/read-file';

// Pieces of real plans, shuffled: more likely than random text to reach the parser's corners.
const TOKENS = [
  '1.', '2、', '3．', '39.', '（一）', '(二)', '一、', '二、', '①', '②', '•', '3月', '二月份：', '七、八月份', '7—8月', '11至12月',
  '1-2月', '贯穿全年', '其中 贯穿 全年 工作 |', '常规工作：', '月份 |', '工作内容 |', '备注 |', '负责人', '|', ' | ', '\t', '\n', '\n\n',
  ' ', '。', '，', '：', '开展', '学雷锋志愿服务', '（责任人：鲁若曦、陈雯）', '(张三、李四)', '负责人：王芳', '不少于', '超过', '2500',
  '人次', '%', '以上', '至少', '3场', '一个', '9月20日前', '6月底和12月底', '报送至院团委', '第3周', '2023年', '指导思想', '工作要求',
  '主要任务', '注：', '关于', '的通知', '〔2020〕2号', '（', '）', '“', '”', '一周一次', '9'.repeat(400), '序号 | 月份 | 工作内容 |',
  '2023-02-30', '万', '十二', '百', '千',
  '二月主题：', '九月：迎新季', '三月——', '【九月】', '第1周', '第十二周', '周次 |', '日期 |', '2月26日-3月3日', '9.30-10.4', '次年1月',
  '2025年1月', '一月', '\n二\n月 |', '部门 |', '完成情况 |', '参与人 |', '时间\t工作主题\t工作重点\t具体措施', '\t', '——组织部',
  '第一阶段：宣传发动（3月1日—3月15日）', '主题：', '工作总结', '通报', '特此通报', '| --- |', '\u2029', '学习部', '以上安排',
];
const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), soup);

describe('parsers never throw and always produce a valid draft', { timeout: 30_000 }, () => {
  it('parsePlanText on arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parsePlanText(text, { year: 2024 });
        expect(planDraft.safeParse(result.draft).success).toBe(true);
        expect(result.sourceLines).toHaveLength(result.draft.items.length);
        for (const p of result.problems) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
      }),
      { numRuns: 400 },
    );
  });

  it('parseNotice and detectKind on arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(planDraft.safeParse(parseNotice(text, { year: 2024 }).draft).success).toBe(true);
        expect(['plan', 'notice']).toContain(detectKind(text));
      }),
      { numRuns: 200 },
    );
  });
});

// Item text from words that never spell a month, a number, a heading keyword or an owners clause.
const WORDS = ['开展', '组织', '学习', '活动', '志愿', '服务', '团员', '青年', '培训', '会议', '宣传', '教育', '实践', '比赛', '评选', '调研', '总结', '交流'];
const itemText = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(''));
const MONTH_HEADINGS = ['3月', '二月份：', '七、八月份', '（一）九月份', '1-2月', '7—8月', '11至12月', '十月', '五月份工作安排', '【四月】'];
const MARKS: Array<(n: number) => string> = [(n) => `${n}.`, (n) => `${n}、`, (n) => `${n}．`, (n) => `（${n}）`, (n) => `(${n})`];

describe('no numbered line is dropped silently', { timeout: 30_000 }, () => {
  it('every line that starts with a number is an item’s, a heading, or listed as a problem', () => {
    fc.assert(
      fc.property(soup, fc.integer({ min: 2000, max: 2100 }), (text, year) => {
        const result = parsePlanText(text, { year });
        const accounted = new Set([...result.sourceLines.flat(), ...result.layoutLines, ...result.problems.map((p) => p.line)]);
        text.split(/\r\n|\r|\n/).forEach((line, i) => {
          if (leadingEnumerator(normalizeChars(line))) expect(accounted.has(i + 1), `line ${i + 1}: ${line}`).toBe(true);
        });
        expect(result.writtenPeriods).toHaveLength(result.draft.items.length);
      }),
      { numRuns: 400 },
    );
  });
});

describe('a numbered line under a month heading is never lost', { timeout: 30_000 }, () => {
  it('every "N.内容" line yields an item holding its text and number', () => {
    const plan = fc.record({
      heading: fc.constantFrom(...MONTH_HEADINGS),
      mark: fc.integer({ min: 0, max: MARKS.length - 1 }),
      lines: fc.array(fc.record({ n: fc.integer({ min: 1, max: 999 }), text: itemText }), { minLength: 1, maxLength: 12 }),
      blankLines: fc.boolean(),
    });
    fc.assert(
      fc.property(plan, ({ heading, mark, lines, blankLines }) => {
        const body = lines.map(({ n, text }) => `${MARKS[mark](n)}${text}`).join(blankLines ? '\n\n' : '\n');
        const { draft } = parsePlanText(`${heading}\n${body}`, { year: 2024 });
        expect(draft.items).toHaveLength(lines.length);
        lines.forEach(({ n, text }, k) => {
          expect(draft.items[k].content).toContain(text);
          expect(draft.items[k].seq).toBe(n);
          expect(draft.items[k].yearRound).toBe(false);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('readers refuse bad bytes only with an ImportError', { timeout: 30_000 }, () => {
  it('arbitrary bytes, bare or behind a zip signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.boolean(), async (bytes, zipLike) => {
        const input = zipLike ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        await readImportFile(input, 'upload.docx').catch((e: unknown) => expect(e).toBeInstanceOf(ImportError));
      }),
      { numRuns: 200 },
    );
  });
});
