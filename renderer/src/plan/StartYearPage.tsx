import { Card } from 'antd';
import { PageHeader } from '../shared/PageHeader';
import { useCurrentPlan } from './CurrentPlanProvider';
import { StartYearForm } from './StartYearForm';

/** 开始新年度 (#/start): a new year's plan, imported, copied from last year's or empty. */
export function StartYearPage() {
  const { selectPlan } = useCurrentPlan();
  return (
    <>
      <PageHeader title="开始新年度" description="新的年度计划建立后成为当前计划；以前年度的计划仍可在左上角“年度”中选择查看。" />
      <Card className="start-year-card">
        <StartYearForm onStarted={selectPlan} />
      </Card>
    </>
  );
}
