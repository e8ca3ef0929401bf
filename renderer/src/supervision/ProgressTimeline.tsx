import { Empty, Tag, Timeline, Typography } from 'antd';
import type { ProgressView } from '../../../core/contract/supervision';
import { AttachmentList } from './AttachmentList';
import { dateTimeText } from './timeText';

/** 进展记录, newest first: date, what was done, the percent, who recorded it, and its files. */
export function ProgressTimeline({ progress }: { progress: ProgressView[] }) {
  if (progress.length === 0) return <Empty description="还没有进展记录" />;
  return (
    <Timeline
      className="progress-timeline"
      items={progress.map((entry) => ({
        key: entry.id,
        content: (
          <div className="progress-entry">
            <Typography.Text strong>{entry.date}</Typography.Text>
            <div className="progress-entry-text">{entry.text}</div>
            <div className="progress-entry-meta">
              {entry.percent != null && <Tag color="blue">完成 {entry.percent}%</Tag>}
              <Typography.Text type="secondary">
                {entry.author} 记录于 {dateTimeText(entry.createdAt)}
              </Typography.Text>
            </div>
            <AttachmentList attachments={entry.attachments} />
          </div>
        ),
      }))}
    />
  );
}
