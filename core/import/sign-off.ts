import { compact } from './normalize';
import type { Src } from './normalize';

// The lines that close a document or a page rather than say anything: the issuing office and the date under
// the text, page numbers, 制表人/审核人/抄送/印发 lines. Left alone they would be read as one more item of
// the last month ("年度工作总结XX团委2024年1月8日").

const DAY_DATE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}[日号](?:印发|制|修订)?$/;
// 2024年2月 alone is also how a month heading of a term plan reads: a date only under a signature or at the end.
const MONTH_DATE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:[\d一二三四五六七八九十]{1,2}月)?(?:印发|制|修订)?$/;
const PAGE = /^(?:[-—–_]*\d{1,3}[-—–_]*|第\d{1,3}页(?:[,，]?共\d{1,3}页)?|\d{1,3}\/\d{1,3})$/;
const FORM = /^(?:制表人|填表人|填报人|审核人|审批人|签发人|负责人签字|联系人|联系电话|抄送|主送|印发|附件)[:：]/;
const OFFICE = /^[\u4e00-\u9fffA-Za-z()（）]{2,30}(?:委员会|委|会|部|处|室|队|校|院|团|中心|办公室|学院|学校|大学|中学|小学|支部|总支|工会|协会|大队部)$/;
const MAX_SIGNATURE = 30;
/** Longer lines are text, not a signature, date or form line. */
const MAX_LINE = 120;

/** A line that only names an office (团委, XX学院学生会, 德育处): a signature, or the line above a title. */
export function isOfficeName(text: string): boolean {
  const c = compact(text);
  return c.length <= MAX_SIGNATURE && OFFICE.test(c);
}

export function isPageNumber(text: string): boolean {
  return PAGE.test(compact(text));
}

/** 0-based indexes of the sign-off lines: dates, page numbers, form lines, and the office signing above a date. */
export function signOffLines(lines: Src[]): Set<number> {
  const found = new Set<number>();
  const filled = lines.map((l, i) => (l.n.trim() ? i : -1)).filter((i) => i >= 0);
  const last = filled[filled.length - 1];
  filled.forEach((i, k) => {
    if (lines[i].n.length > MAX_LINE) return;
    const c = compact(lines[i].n);
    const signed = k > 0 && isOfficeName(lines[filled[k - 1]].n);
    const date = DAY_DATE.test(c) || (MONTH_DATE.test(c) && (signed || i === last));
    if (date || PAGE.test(c) || FORM.test(c)) found.add(i);
    // The office signs on the line above the date.
    if (date && signed) found.add(filled[k - 1]);
  });
  return found;
}
