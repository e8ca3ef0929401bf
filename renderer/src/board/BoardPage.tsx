import { Alert, Button, Skeleton, Typography } from 'antd';
import { useApiQuery } from '../api/hooks';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';
import { LoadError } from '../shared/LoadError';
import { PageHeader } from '../shared/PageHeader';
import { SampleNotice } from '../plan/SampleNotice';
import { KeyTasks } from './KeyTasks';
import { PeriodColumn } from './PeriodColumn';

/** Cards shown per period and per 主要任务 section; “查看全部” lists the rest. */
export const BOARD_CARDS = 10;

/** Brings a period's column into view (the columns scroll sideways inside the board). */
function showColumn(key: string) {
  document.getElementById(`period-${key}`)?.scrollIntoView({ block: 'nearest', inline: 'start' });
}

/**
 * 年度总览: the 主要任务, then the year as columns of periods. The columns fill the window's height and
 * scroll inside themselves, so the sideways scrollbar is always in view; the period buttons above jump to any column.
 */
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
      <SampleNotice />
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
          <nav className="board-periods" aria-label="时段">
            <Typography.Text type="secondary">跳到：</Typography.Text>
            {board.data.columns.map((column) => (
              <Button key={column.key} size="small" type="text" onClick={() => showColumn(column.key)}>
                {column.label}
                <span className="board-period-count">{column.total}</span>
              </Button>
            ))}
          </nav>
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
