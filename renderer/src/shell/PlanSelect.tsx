import { Select, Tag } from 'antd';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';

/** The year selector in the header (the 示例 plan marked in the list); the choice is remembered for next time. */
export function PlanSelect() {
  const { plan, plans, selectPlan } = useCurrentPlan();
  return (
    <span className="plan-select">
      <label htmlFor="plan-select">年度</label>
      <Select
        id="plan-select"
        value={plan.id}
        onChange={selectPlan}
        options={plans.map((p) => ({ value: p.id, label: `${p.year}年度`, sample: p.isSample }))}
        optionRender={(option) => (
          <>
            {option.label}
            {option.data.sample && (
              <Tag color="purple" className="plan-option-tag">
                示例
              </Tag>
            )}
          </>
        )}
        popupMatchSelectWidth={false}
        style={{ width: 112 }}
      />
    </span>
  );
}
