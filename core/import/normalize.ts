// Matching runs on a normalised copy of the text that has exactly the original's length, so an index found in
// the copy cuts the original: items keep the source's own punctuation (full-width or not) while the patterns
// only need to know one spelling of each mark.

// Full-width ASCII (！ to ～) but the full-width bar, kept: readers escape a '|' inside a table cell as '｜'.
const FULLWIDTH = /[\uff01-\uff5b\uff5d\uff5e]/g;
// Tabs are kept: text copied out of a Word table separates its cells with them.
const SPACES = /[\u3000\u00a0\u2000-\u200b\u202f\u205f\ufeff]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\u301c\u223c~]/g;
const OPEN_BRACKETS = /[\u3010\u3014\u3016\u3018\u301a]/g; // 【〔〖〘〚
const CLOSE_BRACKETS = /[\u3011\u3015\u3017\u3019\u301b]/g;

/** Same length as the input: full-width ASCII to ASCII, odd spaces to ' ', dashes to '-', 【〔 to '['. */
// Any character normalising changes: text already normalised (most calls) is returned after one scan.
const TO_NORMALIZE = /[\uff01-\uff5b\uff5d\uff5e\u3000\u00a0\u2000-\u200b\u202f\u205f\ufeff\u2010-\u2015\u2212\ufe58\ufe63\u301c\u223c~\u3010\u3011\u3014-\u301b]/;

export function normalizeChars(s: string): string {
  if (!TO_NORMALIZE.test(s)) return s;
  return s
    .replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(SPACES, ' ')
    .replace(DASHES, '-')
    .replace(OPEN_BRACKETS, '[')
    .replace(CLOSE_BRACKETS, ']');
}

/** Normalised and without any whitespace: for patterns that never cut the original (dates, quantities). */
export function compact(s: string): string {
  return normalizeChars(s).replace(/\s+/g, '');
}

const CJK = '\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef\\u201c\\u201d\\u2018\\u2019';
const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g');

/** Drops spaces next to Chinese text (PDF extraction and alignment padding) but keeps them between words. */
export function collapseCjkSpaces(s: string): string {
  return s.replace(SPACE_NEAR_CJK, '').replace(/\s{2,}/g, ' ').trim();
}

/** A piece of source text with its normalised twin; slicing both by the same indices keeps them paired. */
export interface Src {
  o: string;
  n: string;
}

export function src(original: string): Src {
  return { o: original, n: normalizeChars(original) };
}

export function sliceSrc(s: Src, start: number, end = s.o.length): Src {
  return { o: s.o.slice(start, end), n: s.n.slice(start, end) };
}

/** Trims whitespace and the given extra characters from both ends, keeping the pair aligned. */
export function trimSrc(s: Src, extra = ''): Src {
  const isTrim = (ch: string) => /\s/.test(ch) || extra.includes(ch);
  let a = 0;
  let b = s.n.length;
  while (a < b && isTrim(s.n[a])) a++;
  while (b > a && isTrim(s.n[b - 1])) b--;
  return sliceSrc(s, a, b);
}
