import { roleMay } from '../../../core/domain/access';
import type { UserRole } from '../../../core/domain/roles';
import { useCurrentUser } from '../auth/AuthGate';

/** What the signed-in role may do, by the same rule the dispatch enforces, to show only controls that work. */
export function usePermissions() {
  const user = useCurrentUser();
  const role: UserRole = user?.role ?? 'viewer';
  return {
    user,
    /** 管理员, 文员, 指导老师: record progress, evidence, 督查, 延期申请. */
    canWrite: roleMay(role, 'write'),
    /** 指导老师, 管理员: 核验, 退回, 中止, 延期审批. */
    canVerify: roleMay(role, 'verify'),
    isAdmin: roleMay(role, 'admin'),
  };
}
