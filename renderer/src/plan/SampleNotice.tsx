import { Alert } from 'antd';
import { hrefOf } from '../router';
import { usePermissions } from '../supervision/usePermissions';
import { useCurrentPlan } from './CurrentPlanProvider';

/** Says, on the pages that count, that the current plan is the 示例 — why its items show 逾期, and how to begin the office's own. */
export function SampleNotice() {
  const { plan } = useCurrentPlan();
  const { canWrite } = usePermissions();
  if (!plan.isSample) return null;
  return (
    <Alert
      type="info"
      showIcon
      className="page-alert"
      title={
        <>
          这是{plan.year}年的示例计划，供熟悉用法；其中的时限都已过去，所以事项多显示为逾期。
          {canWrite && (
            <>
              准备好后，<a href={hrefOf({ page: 'start' })}>开始本年度</a>的计划；示例计划可由管理员在“计划信息”中删除。
            </>
          )}
        </>
      }
    />
  );
}
