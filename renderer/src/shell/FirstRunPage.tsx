import { App, Button, Card, Divider, Typography } from 'antd';
import { useApiMutation } from '../api/hooks';
import { PlanForm } from '../plan/PlanForm';
import { rememberPlan } from '../plan/CurrentPlanProvider';
import { navigate } from '../router';
import { busy } from '../shared/busy';

/** The empty ledger: load the sample plan to try the app, or start this year's plan. */
export function FirstRunPage() {
  const { message } = App.useApp();
  const loadDemo = useApiMutation('demo.load');
  const open = (planId: number, done: string) => {
    rememberPlan(planId);
    navigate({ page: 'board' });
    void message.success(done);
  };
  return (
    <div className="first-run">
      <Card className="first-run-card">
        <Typography.Title level={3}>欢迎使用团委工作台账</Typography.Title>
        <Typography.Paragraph type="secondary">
          台账里还没有年度工作计划：可以先载入 2023 年示例计划熟悉用法，也可以直接新建本年度的计划。
        </Typography.Paragraph>
        <Button
          type="primary"
          size="large"
          loading={busy(loadDemo.isPending)}
          onClick={() => loadDemo.mutate({}, { onSuccess: (data) => open(data.planId, `已载入${data.year}年示例计划`) })}
        >
          载入示例计划（2023年）
        </Button>
        <Divider plain>或</Divider>
        <Typography.Title level={5}>新建年度计划</Typography.Title>
        <PlanForm onCreated={(plan) => open(plan.id, `已新建${plan.year}年度计划`)} />
      </Card>
    </div>
  );
}
