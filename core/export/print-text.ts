// Small rules of printed text shared by the xlsx, docx and HTML renderers.

/** Black or white text, whichever reads better on a fill (#rrggbb). */
export function inkOn(fill: string): string {
  const n = parseInt(fill.replace('#', ''), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  // Relative luminance (ITU-R BT.601 weights); above the midpoint, dark text.
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? '#000000' : '#FFFFFF';
}

function isWide(code: number): boolean {
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xffef) || code >= 0x20000;
}

/** Width of one line of text in ems: Chinese characters are one em, Latin letters and digits about half. */
export function textEms(line: string): number {
  let ems = 0;
  for (const ch of line) ems += isWide(ch.codePointAt(0)!) ? 1 : 0.55;
  return ems;
}

const BLANK = '＿＿＿＿＿＿＿＿';
const DATE_BLANK = '＿＿＿＿年＿＿月＿＿日';

/** 填表人：＿＿＿＿　　审核人：＿＿＿＿　　日期：＿＿年＿＿月＿＿日 — a date label gets a date blank. */
export function signatureText(labels: string[]): string {
  return labels.map((label) => `${label}：${label.includes('日期') ? DATE_BLANK : BLANK}`).join('　　　　');
}
