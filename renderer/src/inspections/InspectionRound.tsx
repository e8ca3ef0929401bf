import { Button, Card, Empty, Tag, Typography } from 'antd';
import type { InspectionView } from '../../../core/contract/supervision';
import { FindingCard } from '../supervision/FindingCard';

interface InspectionRoundProps {
  round: InspectionView;
  /** Absent for those who may not write. */
  onAddFinding?: () => void;
}

/** One 督查 round: when, by whom, what it covered, and its findings with their 整改 state. */
export function InspectionRound({ round, onAddFinding }: InspectionRoundProps) {
  const closed = round.findings.filter((f) => f.closedAt).length;
  return (
    <Card
      className="inspection-round"
      title={
        <span className="inspection-round-title">
          {round.month}月督查
          <Typography.Text type="secondary">
            {round.date} · 督查人 {round.inspector}
          </Typography.Text>
        </span>
      }
      extra={
        <span className="inspection-round-extra">
          {round.findings.length > 0 && (
            <Tag color={closed === round.findings.length ? 'success' : 'processing'}>
              意见 {round.findings.length} 条，已整改 {closed} 条
            </Tag>
          )}
          {onAddFinding && (
            <Button type="primary" ghost size="small" onClick={onAddFinding}>
              添加督查意见
            </Button>
          )}
        </span>
      }
    >
      {round.scope && <Typography.Paragraph className="inspection-scope">督查范围：{round.scope}</Typography.Paragraph>}
      {round.findings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本次督查还没有记录意见" />
      ) : (
        <div className="finding-list">
          {round.findings.map((f) => (
            <FindingCard key={f.id} finding={f} context="round" />
          ))}
        </div>
      )}
    </Card>
  );
}
