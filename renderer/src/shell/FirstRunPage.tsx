import { Card, Typography } from 'antd';
import { rememberPlan } from '../plan/CurrentPlanProvider';
import { StartYearForm } from '../plan/StartYearForm';

/** The ledger without plans (a new office, or every plan deleted): 开始本年度. */
export function FirstRunPage() {
  return (
    <div className="first-run">
      <Card className="first-run-card">
        <Typography.Title level={3}>开始本年度</Typography.Title>
        <Typography.Paragraph type="secondary">
          台账里还没有年度工作计划。填好本年度计划的名称和制表单位，再选择事项从哪里来；也可以先看看示例计划。
        </Typography.Paragraph>
        <StartYearForm onStarted={rememberPlan} />
      </Card>
    </div>
  );
}
