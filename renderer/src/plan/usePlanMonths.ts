import { defaultPlanMonth, planMonths } from '../../../core/domain/plan-months';
import { monthOptionsOf } from '../shared/monthOptions';
import { useToday } from '../shared/useToday';
import { useCurrentPlan } from './CurrentPlanProvider';

/**
 * The current plan's months, by the one rule every page follows (core/domain/plan-months): the month a
 * page opens on, and the months it offers (no 1月 in a plan without January work).
 */
export function usePlanMonths() {
  const { plan } = useCurrentPlan();
  const today = useToday();
  return { defaultMonth: defaultPlanMonth(plan, today), options: monthOptionsOf(planMonths(plan.firstMonth)) };
}
