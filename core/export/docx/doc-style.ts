import { TextRun, type IRunOptions } from 'docx';

// GB/T 9704 (党政机关公文格式), as far as an office notice needs it: A4, margins 37/35/28/26 mm
// (top/bottom/left/right), title in 小标宋 二号 (22pt), body in 仿宋_GB2312 三号 (16pt) with a fixed
// line pitch of about 28.95 pt (22 lines a page), headings in 黑体. Tables use 小四 (12pt) to fit.

/** Millimetres to twentieths of a point, rounded (docx's own helper truncates: 37 mm would be 2097). */
export function mm(millimetres: number): number {
  return Math.round((millimetres * 1440) / 25.4);
}

export const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(25) },
};

export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  pageNumber: '宋体',
} as const;

/** Substitutes a word processor may use when a font is not installed (written into fontTable.xml). */
export const FONT_SUBSTITUTES: Record<string, string> = {
  [FONTS.title]: '宋体',
  [FONTS.body]: '仿宋',
  [FONTS.heading]: 'SimHei',
};

/** Sizes in half-points, as docx counts them. */
export const SIZES = { title: 44, titleMedium: 36, redHeader: 60, body: 32, table: 24, pageNumber: 28 } as const;

/** Fixed line pitch of body text, in twentieths of a point. */
export const BODY_LINE = 579;
/** One body character (16pt), for indents measured in characters. */
export const CHAR = 320;
export const RED = 'D40000';

export function textWidth(landscape: boolean): number {
  return (landscape ? PAGE.height : PAGE.width) - PAGE.margin.left - PAGE.margin.right;
}

/** A run in one of the document fonts, Chinese and Latin alike. */
export function run(text: string, font: string, size: number, extra: Omit<IRunOptions, 'text' | 'font' | 'size'> = {}): TextRun {
  return new TextRun({ text, font: { ascii: font, eastAsia: font, hAnsi: font }, size, ...extra });
}
