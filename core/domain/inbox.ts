import type { UserRole } from './roles';

// The 待办 inbox: what waits for whom, across every plan. Advisers decide (核验, 延期, 整改销号); the clerk
// keeps the table moving (退回, 逾期/临期, owner-less items, decided 延期).

export const INBOX_SECTIONS = ['review', 'postponement', 'finding', 'returned', 'overdue', 'dueSoon', 'noOwner', 'decided'] as const;
export type InboxSection = (typeof INBOX_SECTIONS)[number];

export const INBOX_SECTION_INFO: Record<InboxSection, { label: string; hint: string; counted: boolean }> = {
  review: { label: '待核验', hint: '已提交核验，请查看佐证材料后通过（销号）或退回', counted: true },
  postponement: { label: '待审批延期', hint: '延期申请，批准后完成时限改为申请的日期', counted: true },
  finding: { label: '待整改销号', hint: '督查意见尚未整改销号', counted: true },
  returned: { label: '被退回', hint: '指导老师退回，请按意见补充后重新提交', counted: true },
  overdue: { label: '逾期', hint: '已过完成时限仍未办结', counted: true },
  dueSoon: { label: '临期', hint: '几个工作日内到期', counted: true },
  noOwner: { label: '未指定责任人', hint: '可在事项查询中勾选后一次指定', counted: true },
  // For information: nothing left to do, so not in the count.
  decided: { label: '延期已审批', hint: '近 14 天内审批的延期申请', counted: false },
};

const ADVISER_SECTIONS: readonly InboxSection[] = ['review', 'postponement', 'finding'];
const CLERK_SECTIONS: readonly InboxSection[] = ['returned', 'overdue', 'dueSoon', 'noOwner', 'decided'];

/** The sections each role's inbox has; an administrator sees both sides, a 只读 account has none. */
export const INBOX_SECTIONS_OF_ROLE: Record<UserRole, readonly InboxSection[]> = {
  admin: [...ADVISER_SECTIONS, ...CLERK_SECTIONS],
  adviser: ADVISER_SECTIONS,
  clerk: CLERK_SECTIONS,
  viewer: [],
};

/** How long a decided 延期 stays in the clerk's inbox. */
export const DECIDED_SHOWN_DAYS = 14;
