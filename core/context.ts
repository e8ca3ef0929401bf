import type { Store } from '../db/client';

export const USER_ROLES = ['admin', 'clerk', 'adviser', 'viewer'] as const;
export type UserRole = (typeof USER_ROLES)[number];
export const USER_ROLE_LABELS: Record<UserRole, string> = { admin: '管理员', clerk: '办公室文员', adviser: '指导老师', viewer: '只读' };

/** Who is acting: recorded in every audit event. */
export interface Actor {
  userId: number | null;
  name: string;
  role: UserRole;
}

/** The single-user desktop owner, until accounts are set up. */
export const LOCAL_ACTOR: Actor = { userId: null, name: '本机用户', role: 'admin' };
/** The CLI acting on the machine itself. */
export const CLI_ACTOR: Actor = { userId: null, name: '命令行', role: 'admin' };

export interface Ctx {
  store: Store;
  clock: () => Date;
  actor: Actor;
}
