import { compact } from './normalize';
import { looksLikeOwners } from './owners';

// What each column of a plan table holds, read from its header row (月份 | 工作内容 | 负责人 | 备注 …).
// Shared by the text parser (tables typed or pasted as `a | b | c`, tab-separated, or a cell per line) and the
// spreadsheet reader. Offices name their columns freely, so the names are matched by their telling words;
// a short label the list does not know (督办人, 佐证材料) is still a header cell, of a column that is kept in notes.

export type ColumnRole =
  | 'seq'
  | 'week'
  | 'period'
  | 'due'
  | 'content'
  | 'theme'
  | 'measures'
  | 'owners'
  | 'assist'
  | 'dept'
  | 'status'
  | 'notes'
  | 'day'
  | 'other';

// Order matters: the first pattern that matches names the column (完成情况 is a status, not a due date).
const ROLES: Array<[ColumnRole, RegExp]> = [
  ['seq', /^(?:序号|序|编号|No\.?|#)$/i],
  ['week', /^(?:周次|周|周别|周数|教学周|第几周|周序)$/],
  // A 校历's day columns (一 … 日) hold day numbers: neither items nor notes.
  ['day', /^(?:星期|周)?[一二三四五六日天]$/],
  ['status', /情况$|进展|进度$|是否完成|完成率|状态|实际完成/],
  ['theme', /^(?:工作|活动|教育|德育|月度?|宣传|主题)?主题$/],
  ['period', /^(?:月份|月|月度|时间|日期|时间安排|时段|起止时间|起止日期|日期安排|实施时间|开展时间|活动时间|工作时间|时间节点|计划时间|进度安排|具体时间|安排时间|活动日期)$/],
  ['due', /时限|截止|完成时间|办结时间|期限|完成日期|完成节点/],
  ['assist', /协办|配合|参与|参加人|协助|协同|协作/],
  ['owners', /负责|责任|牵头|主办|承办|执行部门|领导|主持|主责|组织者|组织单位|实施部门|实施单位/],
  ['dept', /^(?:部门|单位|处室|科室|所属部门|所在部门|部室|口径|条线|板块|类别|工作类别|类型|工作类型|领域)$/],
  ['measures', /措施|做法|办法|形式|方式|路径|举措|要求|标准/],
  ['notes', /备注|说明|附注|指标|目标|成效|成果|考核|分值|佐证|经费|预算|地点|对象|督办|检查人/],
  ['content', /内容|事项|任务|项目|要点|工作安排|主要工作|重点工作|工作重点|活动|名称|安排|工作$/],
];
const MAX_HEADER_CHARS = 12;
// A label the list does not name still reads as a header cell when it is short and ends like one.
const HEADERISH = /^[\u4e00-\u9fff]{1,6}(?:人|人员|单位|部门|处室|科室|时间|日期|情况|内容|材料|要求|标准|方式|地点|对象|类别|名称|级别|预算|形式|成果|依据|来源|周期|频次|领导|意见)$/;

export function columnRole(cell: string): ColumnRole | null {
  // Cheap before compacting: a header cell is a few words, however it is spaced out.
  if (cell.length > MAX_HEADER_CHARS * 4) return null;
  const c = compact(cell).replace(/[:|]+$/, '');
  if (!c || c.length > MAX_HEADER_CHARS) return null;
  return ROLES.find(([, re]) => re.test(c))?.[0] ?? (HEADERISH.test(c) ? 'other' : null);
}

/**
 * Roles of a header row, or null when the row is not one: every filled cell must read as a header, one of
 * them naming the content, and at least one more a known role (not just 'other').
 */
/** A 校历 has a column for each day of the week; a lone 一 is week one's number, not a header. */
export const MIN_DAY_COLUMNS = 5;

export function headerRoles(cells: string[]): ColumnRole[] | null {
  const roles = cells.map((c) => (c.trim() ? columnRole(c) : 'other'));
  if (roles.some((r) => r === null)) return null;
  const days = roles.filter((r) => r === 'day').length;
  if (days > 0 && days < MIN_DAY_COLUMNS) return null;
  const known = roles.filter((r, i) => r !== 'other' && r !== 'day' && cells[i].trim()) as ColumnRole[];
  return known.includes('content') && known.length >= 2 ? (roles as ColumnRole[]) : null;
}

/** Columns of a table written without a header: period first, then content, then owners (names) or remarks. */
export function guessedRoles(firstRow: string[]): ColumnRole[] {
  return firstRow.map((cell, i) => (i === 0 ? 'period' : i === 1 ? 'content' : looksLikeOwners(cell) ? 'owners' : 'notes'));
}

const HEADER_SCAN_ROWS = 30;

/** The header row among the first rows of a sheet (titles and blank rows may come first). */
export function findHeader(rows: string[][]): { index: number; roles: ColumnRole[] } | null {
  for (let i = 0; i < Math.min(rows.length, HEADER_SCAN_ROWS); i++) {
    const roles = headerRoles(rows[i]);
    if (roles) return { index: i, roles };
  }
  return null;
}
