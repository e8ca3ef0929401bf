import { describe, expect, it } from 'vitest';
import { USER_ROLES, type UserRole } from '../../core/context';
import { ITEM_STATUSES, type ItemStatus } from '../../core/domain/status';
import { availableActions, checkTransition, WORKFLOW_ACTIONS, type WorkflowAction } from '../../core/domain/workflow';

// The whole table: every (status, action) pair that is legal, with its target state.
const LEGAL: Record<string, ItemStatus> = {
  'not_started/start': 'in_progress',
  'in_progress/submit': 'pending_review',
  'pending_review/verify': 'done',
  'pending_review/return': 'returned',
  'returned/resume': 'in_progress',
  'not_started/cancel': 'cancelled',
  'in_progress/cancel': 'cancelled',
  'pending_review/cancel': 'cancelled',
  'returned/cancel': 'cancelled',
};
const ADVISER_ONLY: WorkflowAction[] = ['verify', 'return', 'cancel'];

describe('status workflow', () => {
  for (const from of ITEM_STATUSES)
    for (const action of WORKFLOW_ACTIONS) {
      const to = LEGAL[`${from}/${action}`];
      it(`${from} --${action}--> ${to ?? 'refused'}`, () => {
        const result = checkTransition(from, action, 'admin', '原因');
        if (to) expect(result).toEqual({ ok: true, to });
        else expect(result).toMatchObject({ ok: false, code: 'CONFLICT' });
      });
    }

  it('lets only advisers and admins verify, return and cancel', () => {
    for (const role of USER_ROLES)
      for (const action of ADVISER_ONLY) {
        const from: ItemStatus = action === 'cancel' ? 'in_progress' : 'pending_review';
        const result = checkTransition(from, action, role, '原因');
        expect(result.ok, `${role} ${action}`).toBe(role === 'admin' || role === 'adviser');
        if (!result.ok) expect(result).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('指导老师或管理员') });
      }
  });

  it('lets clerks move their own work along, and read-only users nothing', () => {
    expect(checkTransition('not_started', 'start', 'clerk', '').ok).toBe(true);
    expect(checkTransition('in_progress', 'submit', 'clerk', '').ok).toBe(true);
    expect(checkTransition('returned', 'resume', 'clerk', '').ok).toBe(true);
    for (const action of WORKFLOW_ACTIONS) expect(checkTransition('in_progress', action, 'viewer', 'x').ok).toBe(false);
  });

  it('requires a reason to return or cancel', () => {
    expect(checkTransition('pending_review', 'return', 'adviser', '  ')).toMatchObject({ ok: false, code: 'BAD_INPUT', message: '“退回”须填写原因' });
    expect(checkTransition('in_progress', 'cancel', 'adviser', '')).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect(checkTransition('pending_review', 'verify', 'adviser', '').ok).toBe(true);
  });

  it('explains why a closed item cannot move', () => {
    expect(checkTransition('done', 'submit', 'admin', '')).toMatchObject({ ok: false, message: '事项已办结，不能再“提交核验”' });
  });

  it('offers exactly the legal actions for a role', () => {
    const role: UserRole = 'clerk';
    expect(availableActions('pending_review', role)).toEqual([]);
    expect(availableActions('pending_review', 'adviser')).toEqual(['verify', 'return', 'cancel']);
    expect(availableActions('not_started', role)).toEqual(['start']);
  });
});
