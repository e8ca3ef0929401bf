/** The lists of the 首页, each behind a count (no schema here: the renderer's router reads it at start). */
export const DASHBOARD_LISTS = ['thisMonth', 'overdue', 'pendingReview', 'dueSoon', 'lagging'] as const;
export type DashboardList = (typeof DASHBOARD_LISTS)[number];
