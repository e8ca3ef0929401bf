import type { UserRole } from './roles';

/**
 * Who may call a method: 'public' needs no login; 'read' only looks; 'write' changes the plan's records;
 * 'verify' is an adviser's decision (核验/退回/延期审批); 'admin' manages accounts and settings.
 */
export type Access = 'public' | 'read' | 'write' | 'verify' | 'admin';

const ROLE_ACCESS: Record<UserRole, readonly Access[]> = {
  admin: ['public', 'read', 'write', 'verify', 'admin'],
  adviser: ['public', 'read', 'write', 'verify'],
  clerk: ['public', 'read', 'write'],
  viewer: ['public', 'read'],
};

/** The one rule the dispatch enforces on every call and the UI uses to show only controls that work. */
export function roleMay(role: UserRole, access: Access): boolean {
  return ROLE_ACCESS[role].includes(access);
}
