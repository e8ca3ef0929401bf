import { leadingEnumerator } from './enumerator';
import { type Src, compact } from './normalize';
import { PLAN_WORDS } from './plan-headings';

// Is this a plan at all? A 通报, 总结, 会议纪要 or 报告 is full of numbered paragraphs and dates, and reading it
// as a plan only makes junk items. The title says what a document is; without a title, the wording of a
// report (通报如下, 存在的问题, 一年来…) does, unless the text is laid out by month.

const TITLE_SCAN = 25;
const MAX_TITLE = 80;
// The office's own plans, when a notice issues one (an 实施方案 sent down from above stays a notice).
const ISSUED_PLAN = /印发《[^》]*(?:计划|要点|安排|纲要|行事历|清单|台账)(?:表)?》/;
const NOT_PLAN: Array<[RegExp, string]> = [
  [/通报$/, '通报'],
  [/总结(?:报告)?$/, '工作总结'],
  [/纪要$/, '会议纪要'],
  [/简报$/, '简报'],
  [/(?:讲话|发言)(?:稿)?$/, '讲话稿'],
  [/述职(?:报告)?$/, '述职报告'],
  [/报告$/, '报告'],
  [/汇报$/, '情况汇报'],
  [/(?:心得|体会)$/, '心得体会'],
];
const REPORT_WORDS = /通报如下|总结如下|特此通报|予以通报|现将.{0,24}情况|存在的?问题|存在的不足|取得了|一年来|回顾/g;

/**
 * What the title says the document is: a plan ('plan'), something else (通报, 工作总结 …), or null when no title
 * says. 关于印发《…工作计划》的通知 issues a plan; under any other 通知 title, a plan's title below is the
 * title of what the notice sends down, and says nothing of the document.
 */
export function titledAs(lines: Src[]): 'plan' | { notPlan: string } | null {
  let scanned = 0;
  let notice = false;
  for (const line of lines) {
    const c = compact(line.o);
    if (!c) continue;
    if (++scanned > TITLE_SCAN) break;
    if (c.length > MAX_TITLE || /[。；;!?！？]/.test(c) || leadingEnumerator(line.n)) continue;
    // The last word names the document: …工作安排落实情况的通报 is a 通报.
    const named = NOT_PLAN.find(([re]) => re.test(c));
    if (named) return { notPlan: named[1] };
    if (/通知$/.test(c)) {
      if (ISSUED_PLAN.test(c)) return 'plan';
      notice = true;
    } else if (!notice && PLAN_WORDS.test(c)) {
      return 'plan';
    }
  }
  return null;
}

/** What the document is when that is not a plan (通报, 工作总结 …), or null. */
export function notAPlan(lines: Src[], laidOutByMonth: boolean): string | null {
  const titled = titledAs(lines);
  if (titled) return titled === 'plan' ? null : titled.notPlan;
  if (laidOutByMonth) return null;
  let signals = 0;
  for (const line of lines) signals += line.n.match(REPORT_WORDS)?.length ?? 0;
  return signals >= 2 ? '工作总结或通报' : null;
}
