export const OWNER_ROLES = ['lead', 'assist'] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];
export const OWNER_ROLE_LABELS: Record<OwnerRole, string> = { lead: '主办', assist: '协办' };

export const ITEM_SOURCES = ['plan', 'notice', 'assigned'] as const;
export type ItemSource = (typeof ITEM_SOURCES)[number];
export const ITEM_SOURCE_LABELS: Record<ItemSource, string> = { plan: '年度计划', notice: '上级通知', assigned: '临时交办' };

export const COMPARATORS = ['>=', '>', '=', '<='] as const;
export type Comparator = (typeof COMPARATORS)[number];
export const COMPARATOR_LABELS: Record<Comparator, string> = { '>=': '不少于', '>': '超过', '=': '等于', '<=': '不超过' };

export const USER_ROLES = ['admin', 'clerk', 'adviser', 'viewer'] as const;
export type UserRole = (typeof USER_ROLES)[number];
export const USER_ROLE_LABELS: Record<UserRole, string> = { admin: '管理员', clerk: '办公室文员', adviser: '指导老师', viewer: '只读' };
