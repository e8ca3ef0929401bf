import { Select } from 'antd';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';

/** The year selector in the header; the choice is remembered for next time. */
export function PlanSelect() {
  const { plan, plans, selectPlan } = useCurrentPlan();
  return (
    <span className="plan-select">
      <label htmlFor="plan-select">年度</label>
      <Select
        id="plan-select"
        value={plan.id}
        onChange={selectPlan}
        options={plans.map((p) => ({ value: p.id, label: `${p.year}年度` }))}
        style={{ width: 112 }}
      />
    </span>
  );
}
