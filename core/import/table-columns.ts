import { compact } from './normalize';
import { looksLikeOwners } from './owners';

// What each column of a plan table holds, read from its header row (月份 | 工作内容 | 负责人 | 备注 …).
// Shared by the text parser (tables typed or pasted as `a | b | c`) and the spreadsheet reader.

export type ColumnRole = 'seq' | 'week' | 'period' | 'due' | 'content' | 'owners' | 'assist' | 'notes' | 'other';

const ROLES: Array<[ColumnRole, RegExp]> = [
  ['seq', /^(?:序号|编号|No\.?|#)$/i],
  ['week', /^(?:周次|周|周别|教学周|第几周)$/],
  ['period', /^(?:月份|月|月度|时间|日期|时间安排|时段|起止时间|实施时间|开展时间|时间节点|计划时间|活动时间|进度安排)$/],
  ['due', /时限|截止|完成时间|办结时间|期限/],
  ['assist', /协办|配合|参与部门|参与单位/],
  ['owners', /负责人|责任人|责任部门|负责部门|责任单位|负责单位|牵头|主办|承办|执行部门|负责|领导/],
  ['notes', /备注|说明|指标|目标|成效/],
  ['content', /内容|事项|任务|项目|要点|工作安排|主要工作|重点工作|活动|名称/],
];
const MAX_HEADER_CHARS = 12;

export function columnRole(cell: string): ColumnRole | null {
  const c = compact(cell).replace(/[:|]+$/, '');
  if (!c || c.length > MAX_HEADER_CHARS) return null;
  return ROLES.find(([, re]) => re.test(c))?.[0] ?? null;
}

/** Roles of a header row, or null when the row is not one (it needs a content column and one more). */
export function headerRoles(cells: string[]): ColumnRole[] | null {
  const roles = cells.map((c) => columnRole(c) ?? 'other');
  const known = roles.filter((r) => r !== 'other');
  return roles.includes('content') && known.length >= 2 && known.length >= roles.filter((_, i) => cells[i].trim()).length - 1
    ? roles
    : null;
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
