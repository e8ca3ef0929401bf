import type { PlanView } from '../../../core/contract/plan';

/** The office's working year starts in February (see core/domain/months). */
const OFFICE_FIRST_MONTH = 2;

/** The month a page opens on: this month when the plan is this year's, else February. */
export function defaultMonth(plan: PlanView, today = new Date()): number {
  const month = today.getMonth() + 1;
  return plan.year === today.getFullYear() && month >= OFFICE_FIRST_MONTH ? month : OFFICE_FIRST_MONTH;
}
