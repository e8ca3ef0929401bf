import { describe, expect, it } from 'vitest';
import { cleanText, csvSafeText, isFormulaLike } from '../../../core/export/cell-safety';
import { defaultFileNames, sanitizeFileName } from '../../../core/export/file-name';
import { cnDate, completionText, shortDate } from '../../../core/export/item-text';
import { inkOn, signatureText, textEms } from '../../../core/export/print-text';
import { targetMet, targetText, targetVerdict } from '../../../core/export/target-check';

describe('cell safety', () => {
  it('treats = + - @ (also full-width, also after blanks), tab and line breaks at the start as formula-like', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\nx', ' =1', '\u3000=1', '＝1', '＋1', '－1', '＠x']) expect(isFormulaLike(text)).toBe(true);
    for (const text of ['1+1', '开展=活动', '', '“=”号']) expect(isFormulaLike(text)).toBe(false);
  });

  it('prefixes formula-like CSV text with an apostrophe and strips characters XML cannot hold', () => {
    expect(csvSafeText('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(csvSafeText('\r=1')).toBe(`'\n=1`);
    expect(csvSafeText('普通文本')).toBe('普通文本');
    expect(cleanText('a\u0000b\u0007c\r\nd')).toBe('abc\nd');
  });
});

describe('file names', () => {
  it('replaces characters no file system accepts and keeps the extension', () => {
    expect(sanitizeFileName('a/b\\c:d*e?f"g<h>i|j.xlsx')).toBe('a_b_c_d_e_f_g_h_i_j.xlsx');
    expect(sanitizeFileName('  台账. .pdf')).toBe('台账.pdf');
    expect(sanitizeFileName('CON.txt')).toBe('导出文件.txt');
    expect(sanitizeFileName(`${'很长'.repeat(100)}.docx`)).toHaveLength(125);
  });

  it('gives the office default names', () => {
    expect(defaultFileNames.month(2023, 3, 'pdf')).toBe('2023年3月工作推进表.pdf');
    expect(defaultFileNames.ledger(2023)).toBe('2023年度督查台账.xlsx');
    expect(defaultFileNames.notices('督办通知单', ['督办〔2023〕第4号', '督办〔2023〕第5号'])).toBe('督办通知单（督办〔2023〕第4号等2份）.docx');
  });
});

describe('item text', () => {
  it('writes dates the Chinese way, and instants in local time', () => {
    expect(cnDate('2023-03-05')).toBe('2023年3月5日');
    expect(shortDate('2023-12-31')).toBe('12月31日');
    const instant = new Date(2023, 2, 5, 23, 30).toISOString();
    expect(shortDate(instant)).toBe('3月5日');
  });

  it('shows progress only while the item is open', () => {
    expect(completionText({ status: 'in_progress', percent: 60 })).toBe('进行中（60%）');
    expect(completionText({ status: 'done', percent: 100 })).toBe('已办结');
    expect(completionText({ status: 'not_started', percent: null })).toBe('未开始');
  });
});

describe('print text', () => {
  it('measures Chinese as one em and Latin as about half', () => {
    expect(textEms('督查台账')).toBe(4);
    expect(textEms('2023')).toBeCloseTo(2.2);
  });

  it('picks readable ink on the warning fills', () => {
    expect(inkOn('#cf1322')).toBe('#FFFFFF');
    expect(inkOn('#d4b106')).toBe('#000000');
  });

  it('gives a date label a date blank', () => {
    expect(signatureText(['填表人', '日期'])).toBe('填表人：＿＿＿＿＿＿＿＿　　　　日期：＿＿＿＿年＿＿月＿＿日');
  });
});

describe('targets', () => {
  const target = { label: '培训人数', comparator: '>=', value: 2500, unit: '人次' };
  it('compares the actual with the target', () => {
    expect(targetText({ ...target, actual: null })).toBe('不少于2500人次');
    expect(targetMet({ ...target, actual: null })).toBeNull();
    expect(targetVerdict({ ...target, actual: 2600 })).toBe('已达成');
    expect(targetVerdict({ ...target, actual: 100 })).toBe('未达成');
    expect(targetMet({ ...target, comparator: '<=', actual: 2500 })).toBe(true);
  });
});
