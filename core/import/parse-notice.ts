import type { ItemDraft, PlanDraft } from '../contract/draft';
import { findDates } from './deadlines';
import { type ImportProblem, type PlanImportResult, computeStats, problem } from './import-result';
import { buildItem } from './item-builder';
import { type Src, collapseCjkSpaces, compact, sliceSrc, src, trimSrc } from './normalize';
import { YEAR_ROUND, monthSpan } from './period';
import { textLines } from './text-lines';

/*
 * A notice from above (通知 / 方案) → the submissions it asks of the office, one item per sentence that asks to
 * 报送 / 上报 / 提交 something: what is sent (the object after 将, or the noun phrase before the verb), to whom
 * (after 报送至 / 报), by when (its deadlines), with the materials, contacts and the sentence itself in notes.
 *
 * Several deadlines in one sentence (于6月底和12月底报送) make one item, as in plans: the due date is the first
 * still ahead of `today` (the earliest without it) and notes name them all ("时限：6月底、12月底"). The item
 * spans the months from the first deadline to the last; without any date it is year-round and reported as
 * no_deadline. The notice's activities themselves are not items: the office tracks what it must hand in.
 * sourceRef is the title plus the 文号 when there is one (…的通知（办管团〔2020〕2号）).
 */

export interface NoticeOptions {
  year: number;
  today?: string;
}

const TITLE = /^关于.{2,}(?:通知|通报|函|意见|方案|决定|办法|安排)$/;
const TITLE_SCAN_LINES = 30;
const DOC_NUMBER = /([\u4e00-\u9fff]{1,12})\s*[〔[【(（]\s*(\d{4})\s*[〕\]】)）]\s*(\d{1,4})\s*号/;
const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
const CONTACT = /^(?:联系人|联系电话|电话|电子邮箱|邮箱|E-?mail)\s*[:：]/i;
const MAX_REF = 200;
const MAX_ISSUER = 30;

// 报送/上报/提交…; a bare 报 only before a recipient (请及时报司团委), never in 报名/报告/报道/汇报/填报.
const SUBMIT =
  /(报送|上报|提交|呈报|抄报|发送至|发送到|发至|交至|寄至|传至)|(?<![汇简申填情预通举公画日周月年快喜回捷电学海警墙板])报(?![名告道刊表纸销价备考送])(?=[^，。,;；]{0,10}?(?:团委|团工委|组委会|办公室|委员会|办|处|部|中心|邮箱))/;
const LEAD_WORDS = /^(?:请|并|及时|按时|务必|须|需|要|统一|于[^，,]*?(?:前|底))+/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

function titleOf(lines: string[]): string | null {
  const candidates = lines.slice(0, TITLE_SCAN_LINES);
  for (let i = 0; i < candidates.length; i++) {
    if (!compact(candidates[i]).startsWith('关于')) continue;
    let joined = candidates[i];
    for (let k = i + 1; k < Math.min(candidates.length, i + 3) && !TITLE.test(compact(joined)); k++) joined += candidates[k];
    if (TITLE.test(compact(joined))) return collapseCjkSpaces(joined);
  }
  const withNotice = candidates.find((l) => /通知$/.test(compact(l)) && compact(l).length <= 80);
  return withNotice ? collapseCjkSpaces(withNotice) : null;
}

function docNumberOf(lines: string[]): string | null {
  for (const line of lines.slice(0, TITLE_SCAN_LINES)) {
    const m = DOC_NUMBER.exec(line);
    if (m) return `${m[1]}〔${m[2]}〕${m[3]}号`;
  }
  return null;
}

/** The signature above the first date line (院团委 / 2023年3月4日). */
function issuerOf(lines: string[]): string {
  for (let i = 1; i < lines.length; i++) {
    if (!DATE_LINE.test(compact(lines[i]))) continue;
    let k = i - 1;
    while (k >= 0 && !lines[k].trim()) k--;
    const name = k >= 0 ? compact(lines[k]) : '';
    if (name && name.length <= MAX_ISSUER && !/[，。,;；:：]/.test(name)) return name;
  }
  return '';
}

interface Sentence {
  text: string;
  line: number;
}

const MAX_SENTENCE = 1000;

/** Sentences, rejoined where a wrapped paragraph broke a sentence across lines (up to a sane length). */
function sentencesOf(lines: string[]): Sentence[] {
  const out: Sentence[] = [];
  let carry: Sentence | null = null;
  const flush = () => {
    if (carry?.text.trim()) out.push({ text: carry.text.trim(), line: carry.line });
    carry = null;
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const parts = line.split(/(?<=[。！？!?])/);
    parts.forEach((part, k) => {
      carry = carry ? { text: carry.text + part, line: carry.line } : { text: part, line: i + 1 };
      const last = k === parts.length - 1;
      // A line ending mid-sentence in long prose wraps into the next line; a short line stands alone.
      const wraps = last && !/[。！？!?:：]$/.test(part) && part.length > 30 && carry.text.length < MAX_SENTENCE;
      if (!wraps) flush();
    });
  });
  flush();
  return out;
}

/** The noun phrase a long object ends with: 本集体…开展的活动工作总结 → 活动工作总结. */
function afterLastDe(phrase: Src): Src {
  const at = phrase.n.lastIndexOf('的');
  return at >= 0 && phrase.n.length - at > 2 ? sliceSrc(phrase, at + 1) : phrase;
}

function clauseEnd(s: Src): number {
  const m = /[，。；;,!?！？]/.exec(s.n);
  return m ? m.index : s.n.length;
}

/** The object before the verb: after 将 (将活动开展情况报送…), else the clause before (…的经验做法，请及时报…). */
function objectBefore(before: Src): Src {
  const jiang = before.n.lastIndexOf('将');
  if (jiang >= 0) {
    const object = sliceSrc(before, jiang + 1);
    const deadline = /[,，]?\s*于[^，,]*$/.exec(object.n);
    return trimSrc(deadline ? sliceSrc(object, 0, deadline.index) : object, ',，;；');
  }
  const clauses = [...before.n.matchAll(/[^，,；;]+/g)];
  for (let k = clauses.length - 1; k >= 0; k--) {
    const clause = sliceSrc(before, clauses[k].index, clauses[k].index + clauses[k][0].length);
    const lead = LEAD_WORDS.exec(clause.n)?.[0].length ?? 0;
    const rest = trimSrc(sliceSrc(clause, lead));
    if (rest.n) return rest;
  }
  return src('');
}

function recipientAt(s: Src): string {
  const m = /^\s*(?:至|到|给)?\s*([\u4e00-\u9fff]{2,20})/.exec(s.n);
  return m ? s.o.slice(m.index + m[0].length - m[1].length, m.index + m[0].length) : '';
}

/** What is sent and to whom: 将X报送至Y / X，请及时报Y / 提交X至Y. */
function requirementParts(sentence: Src, verb: RegExpExecArray): { what: string; recipient: string } {
  const before = sliceSrc(sentence, 0, verb.index);
  const after = sliceSrc(sentence, verb.index + verb[0].length);
  const objectFirst = !verb[1] || /[至到]$/.test(verb[1]) || /^\s*(?:至|到|给)/.test(after.n) || before.n.includes('将');
  if (objectFirst) return { what: collapseCjkSpaces(afterLastDe(objectBefore(before)).o), recipient: recipientAt(after) };
  const clause = sliceSrc(after, 0, clauseEnd(after));
  const to = /(?:至|到|给)/.exec(clause.n);
  const what = trimSrc(to ? sliceSrc(clause, 0, to.index) : clause);
  return { what: collapseCjkSpaces(what.o), recipient: to ? recipientAt(sliceSrc(clause, to.index)) : '' };
}

export function parseNotice(text: string, opts: NoticeOptions): PlanImportResult {
  const { lines: srcLines, problems: limitProblems } = textLines(text);
  const lines = srcLines.map((l) => l.o);
  const title = titleOf(lines) ?? `${opts.year}年上级通知`;
  const docNumber = docNumberOf(lines);
  const suffix = docNumber ? `（${docNumber}）` : '';
  const sourceRef = title.slice(0, MAX_REF - suffix.length) + suffix;
  const contacts = lines.filter((l) => CONTACT.test(compact(l))).map((l) => collapseCjkSpaces(l));
  const problems: ImportProblem[] = [...limitProblems];
  const items: ItemDraft[] = [];
  const sourceLines: number[][] = [];
  for (const sentence of sentencesOf(lines)) {
    const text = src(sentence.text);
    const verb = SUBMIT.exec(text.n);
    if (!verb) continue;
    const { what, recipient } = requirementParts(text, verb);
    const email = EMAIL.exec(text.n)?.[0];
    const dates = findDates(sentence.text, opts.year);
    const months = dates.map((d) => Number(d.date.slice(5, 7)));
    const span = months.length > 0 ? monthSpan(Math.min(...months), Math.max(...months)) : YEAR_ROUND;
    const verbWord = verb[1] && /^(?:报送|上报|提交|呈报)$/.test(verb[1]) ? verb[1] : '报送';
    const content = `${verbWord}${what}${recipient ? `至${recipient}` : ''}`;
    const notes = [
      what && `材料：${what}`,
      recipient && `报送对象：${recipient}${email ? `（${email}）` : ''}`,
      ...contacts,
      `原文：${collapseCjkSpaces(sentence.text)}`,
    ].filter(Boolean);
    const built = buildItem(null, src(content), {
      year: opts.year,
      today: opts.today,
      span,
      isKey: false,
      sectionTitle: null,
      dueText: sentence.text,
      notes: notes.join('；'),
      source: 'notice',
      sourceRef,
    });
    if (!built || items.some((i) => i.content === built.item.content)) continue;
    if (dates.length === 0 && !built.item.cadence) {
      problems.push(problem(sentence.line, sentence.text, 'no_deadline', '通知未写明报送期限，请手动填写完成时限'));
    }
    items.push(built.item);
    sourceLines.push([sentence.line]);
  }
  if (items.length === 0) problems.push(problem(0, '', 'unrecognised', '未在通知中找到报送、上报或提交要求'));
  const draft: PlanDraft = { year: opts.year, title: title.slice(0, MAX_REF), organization: issuerOf(lines), sections: [], items };
  const used = new Set(sourceLines.flat());
  const skipped = lines.filter((l, i) => l.trim() && !used.has(i + 1)).length;
  problems.sort((a, b) => a.line - b.line);
  return {
    draft,
    sourceLines,
    writtenPeriods: items.map(() => null),
    layoutLines: [],
    problems,
    stats: computeStats(draft, lines.length, skipped, problems.length, []),
  };
}
