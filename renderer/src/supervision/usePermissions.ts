import type { UserRole } from '../../../core/domain/roles';
import { useCurrentUser } from '../auth/AuthGate';

/**
 * What the signed-in role may do, for showing only the controls that will work. It mirrors the
 * dispatch's role access (core/dispatch.ts), which refuses anything else anyway.
 */
export function usePermissions() {
  const user = useCurrentUser();
  const role: UserRole = user?.role ?? 'viewer';
  return {
    user,
    /** 管理员, 文员, 指导老师: record progress, evidence, 督查, 延期申请. */
    canWrite: role !== 'viewer',
    /** 指导老师, 管理员: 核验, 退回, 中止, 延期审批. */
    canVerify: role === 'admin' || role === 'adviser',
    isAdmin: role === 'admin',
  };
}
