import { z } from 'zod';
import { USER_ROLES } from '../context';
import { DASHBOARD_LISTS } from '../domain/dashboard-lists';
import { PERIOD_STATES } from '../domain/period';
import { WORKFLOW_ACTIONS } from '../domain/workflow';
import { id, isoDate, month } from './common';
import { itemDetail, itemSummary, pageNumber, pageSize } from './item';

export const transitionInput = z.object({
  id,
  action: z.enum(WORKFLOW_ACTIONS),
  reason: z.string().trim().max(1000, '原因不超过1000字').default(''),
});

export const progressInput = z.object({
  itemId: id,
  date: isoDate,
  text: z.string().trim().min(1, '请填写进展情况').max(4000, '进展情况不超过4000字'),
  percent: z.number().int('完成比例须为整数').min(0, '完成比例应在0至100之间').max(100, '完成比例应在0至100之间').nullable().default(null),
  /** Actual values of the item's targets reached so far (e.g. 实际 52310 人次). */
  actuals: z.array(z.object({ targetId: id, actual: z.number().finite().min(0, '实际值不能为负数') })).default([]),
});

export const attachmentView = z.object({
  id,
  itemId: id,
  progressEntryId: z.number().int().nullable(),
  originalName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  mime: z.string(),
  isImage: z.boolean(),
  addedBy: z.string(),
  addedAt: z.string(),
});

export const progressView = z.object({
  id,
  itemId: id,
  date: z.string(),
  text: z.string(),
  percent: z.number().nullable(),
  author: z.string(),
  createdAt: z.string(),
  attachments: z.array(attachmentView),
});

export const evidenceInput = z.object({
  itemId: id,
  progressEntryId: id.nullable().default(null),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, '文件标识无效'),
  originalName: z.string().trim().min(1).max(255),
  mime: z.string().max(120).default('application/octet-stream'),
});

export const verificationView = z.object({
  id,
  decision: z.enum(['pass', 'return']),
  comment: z.string(),
  actor: z.string(),
  at: z.string(),
});

export const postponementRequest = z.object({
  itemId: id,
  dueDate: isoDate,
  reason: z.string().trim().min(1, '请填写延期原因').max(1000),
});
export const postponementDecision = z.object({
  id,
  approve: z.boolean(),
  comment: z.string().trim().max(1000).default(''),
});
export const postponementView = z.object({
  id,
  itemId: id,
  previousDueDate: z.string(),
  requestedDueDate: z.string(),
  reason: z.string(),
  requestedBy: z.string(),
  requestedAt: z.string(),
  decision: z.enum(['pending', 'approved', 'rejected']),
  decisionComment: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

export const ASSESSMENTS = ['on_track', 'lagging', 'not_started', 'done'] as const;
export const ASSESSMENT_LABELS: Record<(typeof ASSESSMENTS)[number], string> = {
  on_track: '按序时推进',
  lagging: '进度滞后',
  not_started: '未启动',
  done: '已完成',
};

const inspectionFields = {
  month,
  /** Empty: the round is called after its month (3月督查). */
  title: z.string().trim().max(60, '督查名称不超过60字').default(''),
  date: isoDate,
  inspector: z.string().trim().min(1, '请填写督查人').max(100),
  scope: z.string().trim().max(500).default(''),
};
export const inspectionInput = z.object({ planId: id, ...inspectionFields });
export const inspectionUpdate = z.object({ id, ...inspectionFields });
/** A round with findings goes only when the caller confirmed that its findings go with it. */
export const inspectionDelete = z.object({ id, withFindings: z.boolean().default(false) });
export const findingInput = z.object({
  inspectionId: id,
  itemId: id,
  assessment: z.enum(ASSESSMENTS),
  problem: z.string().trim().max(2000).default(''),
  requirement: z.string().trim().max(2000).default(''),
  rectifyBy: isoDate.nullable().default(null),
});
export const findingUpdate = z.object({
  id,
  rectification: z.string().trim().max(2000).default(''),
  close: z.boolean().default(false),
});
export const findingView = z.object({
  id,
  inspectionId: id,
  inspectionDate: z.string(),
  inspectionMonth: z.number().int(),
  inspectionTitle: z.string(),
  inspector: z.string(),
  itemId: id,
  itemContent: z.string(),
  itemSeq: z.number().int().nullable(),
  assessment: z.enum(ASSESSMENTS),
  problem: z.string(),
  requirement: z.string(),
  rectifyBy: z.string().nullable(),
  rectification: z.string(),
  closedAt: z.string().nullable(),
});
export const inspectionView = z.object({
  id,
  planId: id,
  month: z.number().int(),
  title: z.string(),
  date: z.string(),
  inspector: z.string(),
  scope: z.string(),
  findings: z.array(findingView),
});

export const historyLine = z.object({ id, at: z.string(), text: z.string() });

/** Everything the item view shows, in one call. */
export const supervisionView = z.object({
  item: itemDetail,
  originalDueDate: z.string(),
  postponementCount: z.number().int(),
  progress: z.array(progressView),
  evidence: z.array(attachmentView),
  verifications: z.array(verificationView),
  postponements: z.array(postponementView),
  findings: z.array(findingView),
  /** For year-round items: which months of the year have a progress entry (index 0 = January). */
  checkins: z.array(z.boolean()),
  expectedPercent: z.number(),
  actions: z.array(z.enum(WORKFLOW_ACTIONS)),
  history: z.array(historyLine),
});

export { DASHBOARD_LISTS, type DashboardList } from '../domain/dashboard-lists';

export const dashboardQuery = z.object({
  planId: id,
  /** The month 本月事项 counts (default: this month, within the plan's year). */
  month: month.optional(),
  /** The list to show a page of; default 待核验 for those who verify when it has items, else 本月事项. */
  list: z.enum(DASHBOARD_LISTS).optional(),
  page: pageNumber,
  pageSize: pageSize.default(10),
});

/** Counts of a period's items by state (core/domain/period-tally.ts): the parts add up to the total. */
export const periodTally = z.object({
  total: z.number().int(),
  /** 本期办结 + 此前办结 */
  done: z.number().int(),
  byState: z.record(z.enum(PERIOD_STATES), z.number().int()),
  /** 办结 ÷ (total − 已中止), percent; null when nothing counts. */
  rate: z.number().nullable(),
});
const tallyGroup = z.object({ key: z.string(), label: z.string(), tally: periodTally });

export const dashboardView = z.object({
  today: z.string(),
  month: z.number().int(),
  /** The list shown: thisMonth is the month's items as the period model scopes them (its own, 结转, 贯穿全年, 主要任务, closed in it). */
  list: z.enum(DASHBOARD_LISTS),
  /** The requested page of that list, each item as it stands today. */
  rows: z.array(itemSummary),
  /** Full sizes of the lists. */
  counts: z.object({ thisMonth: z.number().int(), overdue: z.number().int(), pendingReview: z.number().int(), dueSoon: z.number().int(), lagging: z.number().int() }),
  /** The whole plan year, read today. */
  totals: periodTally,
  /** The chosen month, read today. */
  monthTotals: periodTally,
  /** 主要任务, then each period of the plan, then 贯穿全年: the rows add up to the totals. */
  byMonth: z.array(tallyGroup),
  byOwner: z.array(tallyGroup),
  /** 主要任务 by 板块, then 月度工作 and 贯穿全年工作: the rows add up to the totals. */
  bySection: z.array(tallyGroup),
});

export const userView = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(USER_ROLES),
  personId: z.number().int().nullable(),
  active: z.boolean(),
});
export const password = z.string().min(8, '密码至少8位').max(200, '密码过长');
const username = z.string().trim().min(2, '用户名至少2个字符').max(40, '用户名不超过40个字符').regex(/^[A-Za-z0-9_.\-\u4e00-\u9fa5]+$/, '用户名只能包含字母、数字、汉字和 _ . -');
export const setupInput = z.object({ username, displayName: z.string().trim().min(1, '请填写姓名').max(40), password });
export const loginInput = z.object({ username: z.string().trim().min(1, '请填写用户名'), password: z.string().min(1, '请填写密码') });
export const userCreate = z.object({
  username,
  displayName: z.string().trim().min(1, '请填写姓名').max(40),
  role: z.enum(USER_ROLES),
  password,
  personId: id.nullable().default(null),
});
export const userUpdate = z.object({
  id,
  displayName: z.string().trim().min(1).max(40),
  role: z.enum(USER_ROLES),
  personId: id.nullable().default(null),
  active: z.boolean(),
  /** Set only to reset the password. */
  password: password.optional(),
});

export const settingsView = z.object({
  requireEvidenceToClose: z.boolean(),
  lagThresholdPct: z.number().int().min(0).max(100),
  dueSoonWorkingDays: z.number().int().min(0).max(60),
  organization: z.string(),
  /** Desktop: after signing in, a system notification of the user's 临期/逾期 counts. */
  startupReminder: z.boolean(),
});
/** What the administrator may save: the view's fields with every free-text value bounded. */
export const settingsInput = settingsView.extend({
  organization: z.string().trim().min(1, '请填写制表单位').max(100, '制表单位不超过100字'),
});
export const settingsUpdate = settingsInput.partial();

export type SupervisionView = z.infer<typeof supervisionView>;
export type ProgressView = z.infer<typeof progressView>;
export type AttachmentView = z.infer<typeof attachmentView>;
export type FindingView = z.infer<typeof findingView>;
export type InspectionView = z.infer<typeof inspectionView>;
export type DashboardQuery = z.infer<typeof dashboardQuery>;
export type DashboardView = z.infer<typeof dashboardView>;
export type UserView = z.infer<typeof userView>;
export type SettingsView = z.infer<typeof settingsView>;
export type PostponementView = z.infer<typeof postponementView>;
