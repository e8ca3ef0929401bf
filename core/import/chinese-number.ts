// 一 .. 九千九百九十九 (and 万 multiples) as written in headings, enumerators and quantities.

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 千: 1000 };

/** Character class of the characters a Chinese numeral is written with (for building patterns). */
export const CN_DIGIT_CLASS = '〇零一二两三四五六七八九十百千';

export function parseChineseNumber(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      section += (digit ?? 1) * UNITS[ch];
      digit = null;
    } else if (ch === '万') {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** Arabic (possibly decimal) or Chinese numeral. */
export function parseNumber(s: string): number | null {
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  return parseChineseNumber(s);
}

const DIGIT_CHARS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (how Word's chineseCounting lists number). */
export function toChineseNumber(n: number): string {
  if (n < 10) return DIGIT_CHARS[n] ?? String(n);
  if (n < 20) return `十${n % 10 ? DIGIT_CHARS[n % 10] : ''}`;
  if (n < 100) return `${DIGIT_CHARS[Math.floor(n / 10)]}十${n % 10 ? DIGIT_CHARS[n % 10] : ''}`;
  if (n < 1000) {
    const rest = n % 100;
    const tail = rest === 0 ? '' : rest < 10 ? `零${DIGIT_CHARS[rest]}` : rest < 20 ? `一${toChineseNumber(rest)}` : toChineseNumber(rest);
    return `${DIGIT_CHARS[Math.floor(n / 100)]}百${tail}`;
  }
  return String(n);
}
