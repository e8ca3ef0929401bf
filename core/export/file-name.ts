// File names offered in save dialogs and downloads: Chinese, descriptive, and valid on Windows, macOS and Linux.

const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001F\u007F]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const MAX_LENGTH = 120;

/** Replaces characters no file system accepts, trims what Windows strips, and keeps the extension. */
export function sanitizeFileName(name: string, fallback = '导出文件'): string {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot).replace(FORBIDDEN, '') : '';
  let stem = (dot > 0 ? name.slice(0, dot) : name).replace(FORBIDDEN, '_').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  if (!stem || RESERVED.test(stem)) stem = fallback;
  return `${[...stem].slice(0, MAX_LENGTH).join('')}${ext}`;
}

/** 3 → 3月; 3..5 → 3-5月. */
export function monthRangeLabel(fromMonth: number, toMonth: number): string {
  return fromMonth === toMonth ? `${fromMonth}月` : `${fromMonth}-${toMonth}月`;
}

/** （张星月） after a filtered export's name; nothing for the whole plan. */
const filtered = (label: string) => (label ? `（${label}）` : '');

export const defaultFileNames = {
  ledger: (year: number, label = '') => `${year}年度督查台账${filtered(label)}.xlsx`,
  month: (year: number, month: number, ext: 'pdf' | 'xlsx') => `${year}年${month}月工作推进表.${ext}`,
  notices: (title: string, numbers: string[]) =>
    `${title}（${numbers.length > 1 ? `${numbers[0]}等${numbers.length}份` : numbers[0]}）.docx`,
  /** period: 2023年上半年 / 2023年度 */
  submission: (period: string, ext: 'docx' | 'zip') => `${period}报送材料.${ext}`,
  csv: (year: number, label = '') => `${year}年度工作事项${filtered(label)}.csv`,
};
