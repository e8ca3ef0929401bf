import { Empty, Timeline, Typography } from 'antd';
import type { SupervisionView } from '../../../core/contract/supervision';
import { dateTimeText } from './timeText';

/** 历史: every change of the item in plain Chinese, newest first, from the tamper-evident audit record. */
export function HistoryList({ history }: { history: SupervisionView['history'] }) {
  if (history.length === 0) return <Empty description="还没有历史记录" />;
  return (
    <Timeline
      className="history-timeline"
      items={history.map((line) => ({
        key: line.id,
        color: 'gray',
        content: (
          <>
            <Typography.Text type="secondary" className="history-time">
              {dateTimeText(line.at)}
            </Typography.Text>
            {line.text}
          </>
        ),
      }))}
    />
  );
}
