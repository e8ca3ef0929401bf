import { Alert, Skeleton } from 'antd';
import { useApiQuery } from '../api/hooks';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';
import { LoadError } from '../shared/LoadError';
import { PageHeader } from '../shared/PageHeader';
import { KeyTasks } from './KeyTasks';
import { PeriodColumn } from './PeriodColumn';

/** Cards shown per period and per 主要任务 section; “查看全部” lists the rest. */
export const BOARD_CARDS = 10;

/** 年度总览: the 主要任务, then the year as columns of periods. */
export function BoardPage() {
  const { plan } = useCurrentPlan();
  const board = useApiQuery('items.board', { planId: plan.id, perColumn: BOARD_CARDS });
  const empty = board.data && board.data.keyTasks.length === 0 && board.data.columns.every((c) => c.total === 0);
  return (
    <>
      <PageHeader
        title={`${plan.year}年度总览`}
        description="加粗姓名为主办，其余为协办。点击事项可编辑，点击月份标题查看当月工作。"
      />
      {board.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {board.isError && <LoadError error={board.error} onRetry={() => void board.refetch()} />}
      {board.data && (
        <>
          {empty && (
            <Alert
              type="info"
              showIcon
              className="page-alert"
              title="本年度计划还没有事项"
              description="点击右上角“新建事项”，或在下方月份列中点“添加事项”开始录入。"
            />
          )}
          {board.data.keyTasks.length > 0 && <KeyTasks planId={plan.id} groups={board.data.keyTasks} />}
          <div className="board-columns">
            {board.data.columns.map((column) => (
              <PeriodColumn key={column.key} planId={plan.id} column={column} />
            ))}
          </div>
        </>
      )}
    </>
  );
}
