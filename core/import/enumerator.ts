import { parseChineseNumber } from './chinese-number';

// Item numbers as Chinese documents write them. Styles nest by convention 一、 > （一） > 1. > （1） > ①, and
// that rank tells a heading from the items under it. All functions take normalised text (see normalize.ts).

export type EnumStyle = 'cn' | 'paren-cn' | 'num' | 'paren-num' | 'circled';

export const STYLE_RANK: Record<EnumStyle, number> = { cn: 0, 'paren-cn': 1, num: 2, 'paren-num': 3, circled: 4 };

export interface Enumerator {
  style: EnumStyle;
  seq: number;
  /** Index where the number starts. */
  start: number;
  /** Index where the item text starts (after the number, its mark and spaces). */
  textStart: number;
}

const CN = '[一二三四五六七八九十百]{1,4}';
const CIRCLED_FIRST = 0x2460; // ① .. ⑳
const CIRCLED_LAST = 0x2473;
const CIRCLED_HIGH_FIRST = 0x3251; // ㉑ .. ㉟
const CIRCLED_HIGH_LAST = 0x325f;

// A '.' followed by a digit is a decimal (1.5万, 2023.3) unless a year or month follows ("3.2023年度…",
// "7.7—8月，…"); after
// 、 a digit may follow ("2、3月，开展…"), since a line starting with a month list is a month heading first.
const LEADING: Array<[EnumStyle, RegExp]> = [
  ['num', /^\s*(\d{1,3})\s*(?:\.(?!\d)|\.(?=\d{4}\s*年|\d{1,2}\s*(?:[-~至到、]\s*\d{1,2}\s*)?月)|、)\s*/],
  ['paren-num', /^\s*(?:\(\s*(\d{1,3})\s*\)|(\d{1,3})\))\s*/],
  ['paren-cn', new RegExp(`^\\s*\\(\\s*(${CN})\\s*\\)\\s*`)],
  ['cn', new RegExp(`^\\s*(${CN})\\s*[、.]\\s*`)],
  // 第一部分 / 第二章: the top level of longer plans.
  ['cn', new RegExp(`^\\s*第\\s*(${CN}|\\d{1,2})\\s*(?:部分|章|篇)\\s*[:、.]?\\s*`)],
];

function circledValue(code: number): number | null {
  if (code >= CIRCLED_FIRST && code <= CIRCLED_LAST) return code - CIRCLED_FIRST + 1;
  if (code >= CIRCLED_HIGH_FIRST && code <= CIRCLED_HIGH_LAST) return code - CIRCLED_HIGH_FIRST + 21;
  return null;
}

function valueOf(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumber(text);
}

export function leadingEnumerator(norm: string): Enumerator | null {
  const lead = norm.length - norm.trimStart().length;
  const circled = circledValue(norm.charCodeAt(lead));
  if (circled !== null) {
    let textStart = lead + 1;
    while (textStart < norm.length && /\s/.test(norm[textStart])) textStart++;
    return { style: 'circled', seq: circled, start: lead, textStart };
  }
  for (const [style, re] of LEADING) {
    const m = re.exec(norm);
    if (!m) continue;
    const seq = valueOf(m[1] ?? m[2]);
    if (seq !== null && seq > 0) return { style, seq, start: lead, textStart: m[0].length };
  }
  return null;
}

const BULLET = /^\s*[•·●○■□◆◇★☆▪►▶√✔\-*]\s*(?=\S)/;

/** Index after a leading bullet mark (an unnumbered item), or null. */
export function leadingBullet(norm: string): number | null {
  const m = BULLET.exec(norm);
  return m ? m[0].length : null;
}

const INLINE: Record<EnumStyle, RegExp> = {
  num: /(\d{1,3})\s*[.、](?!\d)/g,
  'paren-num': /\(\s*(\d{1,3})\s*\)/g,
  'paren-cn': new RegExp(`\\(\\s*(${CN})\\s*\\)`, 'g'),
  cn: new RegExp(`(${CN})\\s*、`, 'g'),
  circled: /[\u2460-\u2473\u3251-\u325f]/g,
};

// A number right after a space or a sentence end is laid out as an item number; after other text it is one
// only when it is the number expected next (so 2023年, 104周年, 3个 and 第2. never split an item).
const STRONG_BEFORE = /[\s;。!?|]/;
const NEVER_BEFORE = /[\dA-Za-z第.]/;

/** Splits a line that starts with `first` into the items written on it ("1.制定… 2.制定… 3.召开…"). */
export function splitInlineItems(norm: string, first: Enumerator): Enumerator[] {
  const found: Enumerator[] = [first];
  const re = INLINE[first.style];
  re.lastIndex = first.textStart;
  let next = first.seq + 1;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const before = m.index > 0 ? norm[m.index - 1] : ' ';
    if (NEVER_BEFORE.test(before)) continue;
    const seq = first.style === 'circled' ? circledValue(m[0].charCodeAt(0)) : valueOf(m[1]);
    if (seq === null || seq <= 0) continue;
    const strong = STRONG_BEFORE.test(before) || first.style === 'circled';
    const chineseNeedsBoth = first.style === 'cn' && !(strong && seq === next);
    if (chineseNeedsBoth || (!strong && seq !== next)) continue;
    let textStart = m.index + m[0].length;
    while (textStart < norm.length && /\s/.test(norm[textStart])) textStart++;
    if (textStart >= norm.length) continue;
    found.push({ style: first.style, seq, start: m.index, textStart });
    next = seq + 1;
  }
  return found;
}
