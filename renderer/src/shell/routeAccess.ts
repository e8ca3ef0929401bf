import type { Access } from '../../../core/domain/access';
import type { Route } from '../router';

/**
 * Who may use each page, by the contract's access levels (the same `roleMay` the backend enforces): a page
 * whose work a role cannot do is not offered, and its address leads back to 首页 with a word why.
 */
export const ROUTE_ACCESS: Record<Route['page'], Access> = {
  inbox: 'write',
  start: 'write',
  import: 'write',
  home: 'read',
  board: 'read',
  month: 'read',
  items: 'read',
  persons: 'read',
  person: 'read',
  item: 'read',
  inspections: 'read',
  exports: 'read',
  settings: 'read',
};

export const REFUSED_MESSAGES: Partial<Record<Route['page'], string>> = {
  inbox: '只读账号没有待办事项，已转到首页',
  start: '只读账号不能新建年度计划，已转到首页',
  import: '只读账号不能导入计划，已转到首页',
};
