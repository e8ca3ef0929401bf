import type { DashboardList } from '../../../core/domain/dashboard-lists';
import { WARNING_COLORS } from '../../../core/domain/warning';

/** The lists of the 首页, each behind a count card; the address keeps the chosen one (#/home?list=overdue). */
export { DASHBOARD_LISTS, type DashboardList } from '../../../core/domain/dashboard-lists';

export const DASHBOARD_LIST_INFO: Record<DashboardList, { label: string; hint: string; color: string }> = {
  thisMonth: { label: '本月事项', hint: '本月安排、以前月份结转、本月办结的事项，以及主要任务和贯穿全年工作', color: '#595959' },
  overdue: { label: '逾期', hint: '已过完成时限仍未办结', color: WARNING_COLORS.overdue },
  pendingReview: { label: '待核验', hint: '已提交，等待指导老师核验销号', color: '#d48806' },
  dueSoon: { label: '临期', hint: '几个工作日内到期', color: WARNING_COLORS.due_soon },
  lagging: { label: '滞后', hint: '落后于序时进度，或到期开始仍未启动', color: WARNING_COLORS.lagging },
};
