import type { TargetDraft } from '../contract/draft';
import { CN_DIGIT_CLASS, parseNumber } from './chinese-number';
import { compact } from './normalize';

// Quantities an item commits to. Explicit ones carry a comparator word (不少于2500人次, 超过50000人次, 至少…3场,
// 达到50%以上); implicit ones count what is to be created (成立一个民族团结社团, 建成校内团属阵地一个, 演讲比赛一期) and
// read as "at least". The label is the short noun phrase the quantity measures; '数量' when none is written.

type Comparator = TargetDraft['comparator'];

const NUM = `(\\d+(?:\\.\\d+)?|[${CN_DIGIT_CLASS}]+)(万)?`;
const UNITS = '人次|人|名|个|场|次|期|篇|项|支|件|家|所|条|张|份|部|本|门|节|课时|学时|小时|天|批|组|队|元|%|‰';
const COUNT_UNITS = '个|期|场|支|项|家|所|部|篇|名|人|门|节';
const PREFIXES: Array<[string, Comparator]> = [
  ['不少于', '>='], ['不低于', '>='], ['不小于', '>='], ['至少', '>='], ['最少', '>='], ['达到', '>='], ['达', '>='],
  ['≥', '>='], ['>=', '>='], ['不超过', '<='], ['不高于', '<='], ['不多于', '<='], ['控制在', '<='], ['少于', '<='],
  ['低于', '<='], ['≤', '<='], ['<=', '<='], ['超过', '>'], ['多于', '>'], ['高于', '>'], ['大于', '>'], ['>', '>'],
];
const SUFFIXES: Record<string, Comparator> = { 及以上: '>=', 以上: '>=', 以下: '<=', 以内: '<=' };
const BREAK = ',，。;；:：、()“”!?|《》\\[\\]';

const prefixAlt = PREFIXES.map(([w]) => w.replace(/[>=<]/g, (c) => `\\${c}`)).join('|');
const EXPLICIT = new RegExp(`(${prefixAlt})([^\\d${CN_DIGIT_CLASS}${BREAK}]{0,10}?)${NUM}(${UNITS})?(及以上|以上|以下|以内)?`, 'g');
const SUFFIX_ONLY = new RegExp(`${NUM}(${UNITS})?(及以上|以上|以下|以内)`, 'g');

const CREATE = '成立|建成|建立|组建|创建|打造|培育|举办|组织|开展|召开|推出|评选|选树|培养|新建|设立';
const NOUN = '[^\\d,，。;；、:()!?|]';
const COUNT_FIRST = new RegExp(`(?:${CREATE})${NUM}(${COUNT_UNITS})(${NOUN}{1,20})`, 'g');
const COUNT_LAST = new RegExp(`(?:${CREATE})(${NOUN}{2,16}?)${NUM}(${COUNT_UNITS})(?=[,，。;；、)]|$)`, 'g');
const TIME_NOUN = /^(?:月|年|周|天|小时|星期|学期|次|轮)/;
const NOT_COUNT_BEFORE = /[第每周双前后\d]$/;

const PLACE = '校内|校外|院内|院外|省级|市级|校级|院级|国家级|国内|国外|省内|省外|线上|线下|境内|境外';
const PARALLEL = new RegExp(`^[,，、](${PLACE})${NUM}`);
const LEADING_PLACE = new RegExp(`^(?:${PLACE})`);

const TIME_WORDS = /^(?:全年度|全年|当年度|本年度|年度|每年|今年|年内|每学期|本学期|学期内|累计|共计|总计|确保|力争|争取|其中)+/;
const VERBS = new Set(['组织', '开展', '举办', '完成', '建成', '发布', '培训', '招募', '发展', '资助', '帮扶', '覆盖', '参与', '参加', '吸引', '服务', '带动', '举行', '推出', '打造', '评选', '选树']);
const MAX_LABEL = 12;

function shorten(label: string): string {
  return label.length > MAX_LABEL ? label.slice(-MAX_LABEL) : label;
}

/** The noun phrase before a comparator: back to the clause start, without 全年/当年度-like lead-ins. */
function labelBefore(text: string, index: number): string {
  const clause = text.slice(0, index).split(new RegExp(`[${BREAK}]`)).pop() ?? '';
  const label = clause.replace(TIME_WORDS, '');
  return VERBS.has(label) ? '' : shorten(label);
}

/** Text between the comparator and the number (至少在校内开展宣讲3场 → 校内宣讲). */
function labelBetween(text: string): string {
  return shorten(text.replace(/^(?:在|于|对|向|为|给|从|共|累计)/, '').replace(/开展|举办|组织|举行|进行|完成|召开/g, ''));
}

const AFTER_CUT = /参与|参加|开展|进行|完成|获得|实现|提供|找到|走进|到|的/;

/** The noun right after the unit (组织不少于1000名大学生参与… → 大学生), for quantities that precede their noun. */
function labelAfter(text: string, index: number): string {
  const run = text.slice(index).split(new RegExp(`[${BREAK}]`))[0];
  const cut = AFTER_CUT.exec(run);
  return run.slice(0, cut ? cut.index : 6).slice(0, 6);
}

function valueOf(num: string, tenThousand: string | undefined): number | null {
  const v = parseNumber(num);
  const value = v !== null && tenThousand ? v * 10000 : v;
  return value !== null && Number.isFinite(value) ? value : null;
}

interface Found {
  start: number;
  end: number;
  target: TargetDraft;
}

function explicitTargets(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(EXPLICIT)) {
    const [all, word, between, num, wan, unit, suffix] = m;
    const value = valueOf(num, wan);
    if (value === null || (!unit && !suffix)) continue;
    const comparator = PREFIXES.find(([w]) => w === word)?.[1] ?? '>=';
    const end = m.index + all.length;
    const label = labelBetween(between) || labelBefore(text, m.index) || labelAfter(text, end) || '数量';
    found.push({ start: m.index, end, target: { label, comparator, value, unit: unit ?? '' } });
  }
  for (const m of text.matchAll(SUFFIX_ONLY)) {
    const [all, num, wan, unit, suffix] = m;
    const value = valueOf(num, wan);
    if (value === null || NOT_COUNT_BEFORE.test(text.slice(0, m.index))) continue;
    const label = labelBefore(text, m.index) || '数量';
    found.push({ start: m.index, end: m.index + all.length, target: { label, comparator: SUFFIXES[suffix], value, unit: unit ?? '' } });
  }
  return found;
}

function implicitTargets(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(COUNT_FIRST)) {
    const [all, num, wan, unit, noun] = m;
    const value = valueOf(num, wan);
    if (value === null || TIME_NOUN.test(noun)) continue;
    const label = shorten(noun.split('的').pop() || noun);
    found.push({ start: m.index, end: m.index + all.length, target: { label, comparator: '>=', value, unit } });
  }
  for (const m of text.matchAll(COUNT_LAST)) {
    const [all, noun, num, wan, unit] = m;
    const value = valueOf(num, wan);
    if (value === null || NOT_COUNT_BEFORE.test(noun)) continue;
    found.push({ start: m.index, end: m.index + all.length, target: { label: shorten(noun), comparator: '>=', value, unit } });
  }
  return found;
}

/** "…宣讲3场,校外1场": a parallel quantity right after a target, measured in the same unit. */
function parallelTarget(text: string, prior: Found): Found | null {
  const m = PARALLEL.exec(text.slice(prior.end));
  if (!m) return null;
  const unit = prior.target.unit;
  const after = prior.end + m[0].length;
  if (unit && !text.startsWith(unit, after)) return null;
  const value = valueOf(m[2], m[3]);
  if (value === null) return null;
  const base = prior.target.label.replace(LEADING_PLACE, '') || prior.target.label;
  return { start: prior.end, end: after + unit.length, target: { ...prior.target, label: shorten(m[1] + base), value } };
}

// Most text states no quantity: one scan for any word a target needs spares the full patterns.
const ANY_CUE = new RegExp(`${prefixAlt}|以上|以下|以内|${CREATE}`);

export function extractTargets(source: string): TargetDraft[] {
  const text = compact(source);
  if (!ANY_CUE.test(text)) return [];
  const accepted: Found[] = [];
  const overlaps = (f: Found) => accepted.some((a) => f.start < a.end && a.start < f.end);
  for (const f of [...explicitTargets(text), ...implicitTargets(text)]) {
    if (overlaps(f)) continue;
    accepted.push(f);
    const parallel = parallelTarget(text, f);
    if (parallel && !overlaps(parallel)) accepted.push(parallel);
  }
  return accepted.sort((a, b) => a.start - b.start).map((f) => f.target);
}

/** Targets of an item's text and remarks, each once. */
export function mergeTargets(...lists: TargetDraft[][]): TargetDraft[] {
  const seen = new Set<string>();
  return lists.flat().filter((t) => {
    const key = `${t.label}|${t.comparator}|${t.value}|${t.unit}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}
