import { USER_ROLE_LABELS, USER_ROLES, type UserRole } from '../../../core/domain/roles';

/** What each role may do, in the office's words (the dispatch enforces it on every call). */
export const ROLE_DUTIES: Record<UserRole, string> = {
  admin: '全部功能，并管理账号、设置和审计校验',
  clerk: '录入和修改事项，记录进展、上传佐证、提交核验、申请延期、记录督查',
  adviser: '文员的全部操作，并可核验销号、退回、中止事项和审批延期',
  viewer: '只能查看，不能修改任何数据',
};

export const ROLE_COLORS: Record<UserRole, string> = { admin: 'red', clerk: 'blue', adviser: 'gold', viewer: 'default' };

export const ROLE_OPTIONS = USER_ROLES.map((role) => ({ value: role, label: USER_ROLE_LABELS[role], duty: ROLE_DUTIES[role] }));
