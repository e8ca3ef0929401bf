import type { UserRole } from '../context';
import { isClosed, STATUS_LABELS, type ItemStatus } from './status';

// The supervision workflow: 未开始 → 进行中 → 待核验 → 已办结(销号); 待核验 → 退回 → 进行中;
// any open state → 已中止. Each action names who may take it and whether it needs a reason.

export const WORKFLOW_ACTIONS = ['start', 'submit', 'verify', 'return', 'resume', 'cancel'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export const ACTION_LABELS: Record<WorkflowAction, string> = {
  start: '开始办理',
  submit: '提交核验',
  verify: '核验通过（销号）',
  return: '退回',
  resume: '重新办理',
  cancel: '中止',
};

interface Rule {
  from: readonly ItemStatus[];
  to: ItemStatus;
  roles: readonly UserRole[];
  needsReason: boolean;
}

const EDITORS: readonly UserRole[] = ['admin', 'clerk', 'adviser'];
const ADVISERS: readonly UserRole[] = ['admin', 'adviser'];

export const WORKFLOW_RULES: Record<WorkflowAction, Rule> = {
  start: { from: ['not_started'], to: 'in_progress', roles: EDITORS, needsReason: false },
  submit: { from: ['in_progress'], to: 'pending_review', roles: EDITORS, needsReason: false },
  verify: { from: ['pending_review'], to: 'done', roles: ADVISERS, needsReason: false },
  return: { from: ['pending_review'], to: 'returned', roles: ADVISERS, needsReason: true },
  resume: { from: ['returned'], to: 'in_progress', roles: EDITORS, needsReason: false },
  cancel: { from: ['not_started', 'in_progress', 'pending_review', 'returned'], to: 'cancelled', roles: ADVISERS, needsReason: true },
};

export type TransitionCheck = { ok: true; to: ItemStatus } | { ok: false; code: 'CONFLICT' | 'FORBIDDEN' | 'BAD_INPUT'; message: string };

/** Decides whether `role` may take `action` on an item in `from`; the message says why not, in Chinese. */
export function checkTransition(from: ItemStatus, action: WorkflowAction, role: UserRole, reason: string): TransitionCheck {
  const rule = WORKFLOW_RULES[action];
  if (!rule.roles.includes(role))
    return { ok: false, code: 'FORBIDDEN', message: `“${ACTION_LABELS[action]}”只能由${action === 'verify' || action === 'return' || action === 'cancel' ? '指导老师或管理员' : '管理员、文员或指导老师'}操作` };
  if (!rule.from.includes(from))
    return {
      ok: false,
      code: 'CONFLICT',
      message: isClosed(from)
        ? `事项${STATUS_LABELS[from]}，不能再“${ACTION_LABELS[action]}”`
        : `事项当前为“${STATUS_LABELS[from]}”，不能“${ACTION_LABELS[action]}”`,
    };
  if (rule.needsReason && !reason.trim()) return { ok: false, code: 'BAD_INPUT', message: `“${ACTION_LABELS[action]}”须填写原因` };
  return { ok: true, to: rule.to };
}

/** Actions the role can take from a status, for showing only buttons that will work. */
export function availableActions(from: ItemStatus, role: UserRole): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((a) => WORKFLOW_RULES[a].from.includes(from) && WORKFLOW_RULES[a].roles.includes(role));
}
