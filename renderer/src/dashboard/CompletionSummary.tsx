import { Progress, Typography } from 'antd';
import type { DashboardView } from '../../../core/contract/supervision';
import { PERIOD_STATE_LABELS } from '../../../core/domain/period';

/** 完成情况: the completion rate of the plan (已中止 left out of the denominator) and the totals behind it. */
export function CompletionSummary({ totals }: { totals: DashboardView['totals'] }) {
  // The parts add up to the total: the same breakdown the 汇总 sheet and the 通报 print.
  const figures = [
    { label: '事项总数', value: totals.total },
    { label: '已办结', value: totals.done },
    ...(['on_schedule', 'lagging', 'overdue', 'not_yet_started', 'cancelled'] as const).map((state) => ({
      label: PERIOD_STATE_LABELS[state],
      value: totals.byState[state],
    })),
  ];
  return (
    <div className="completion-summary">
      <Progress
        type="circle"
        percent={totals.rate ?? 0}
        size={112}
        strokeColor="#389e0d"
        format={() => (
          <span className="completion-rate">
            {totals.rate == null ? '无' : `${totals.rate}%`}
            <span className="completion-rate-label">完成率</span>
          </span>
        )}
      />
      <dl className="completion-figures">
        {figures.map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <Typography.Text type="secondary" className="completion-note">
        完成率 = 已办结 ÷（总数 − 已中止）
      </Typography.Text>
    </div>
  );
}
