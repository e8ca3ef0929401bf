import { Progress, Typography } from 'antd';
import type { DashboardView } from '../../../core/contract/supervision';

/** 完成情况: the completion rate of the plan (已中止 left out of the denominator) and the totals behind it. */
export function CompletionSummary({ totals }: { totals: DashboardView['totals'] }) {
  const figures = [
    { label: '事项总数', value: totals.total },
    { label: '已办结', value: totals.done },
    { label: '未办结', value: totals.open },
    { label: '其中逾期', value: totals.overdue },
    { label: '已中止', value: totals.cancelled },
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
