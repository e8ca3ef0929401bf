import { Tag, Typography } from 'antd';
import { ASSESSMENT_LABELS, type FindingView } from '../../../core/contract/supervision';
import { inspectionName } from '../../../core/domain/inspection-name';
import { hrefOf } from '../router';
import { RectificationForm } from './RectificationForm';
import { useToday } from '../shared/useToday';
import { dateTimeText } from './timeText';
import { usePermissions } from './usePermissions';
import './supervision.css';

const ASSESSMENT_COLORS: Record<FindingView['assessment'], string> = {
  on_track: 'success',
  lagging: 'gold',
  not_started: 'red',
  done: 'blue',
};

interface FindingCardProps {
  finding: FindingView;
  /** In a 督查 round: name the item (linking to it). On the item: name the round. */
  context: 'round' | 'item';
}

/** One 督查意见: the assessment, problem, 整改要求 and 期限, and its 整改 state (on the item, with the 整改 form while open). */
export function FindingCard({ finding, context }: FindingCardProps) {
  const { canWrite } = usePermissions();
  // 整改 is recorded on the item (the round lists the findings to read).
  const rectifying = context === 'item' && canWrite && !finding.closedAt;
  const today = useToday();
  const overdue = !finding.closedAt && finding.rectifyBy != null && finding.rectifyBy < today;
  return (
    <article className="finding-card" aria-label={`督查意见：${finding.itemContent}`}>
      <div className="finding-head">
        <Tag color={ASSESSMENT_COLORS[finding.assessment]}>{ASSESSMENT_LABELS[finding.assessment]}</Tag>
        {context === 'round' ? (
          <a href={hrefOf({ page: 'item', id: finding.itemId, tab: 'findings' })} className="finding-item">
            {finding.itemSeq != null && `${finding.itemSeq}. `}
            {finding.itemContent}
          </a>
        ) : (
          <Typography.Text strong className="finding-item">
            {inspectionName({ month: finding.inspectionMonth, title: finding.inspectionTitle })} · {finding.inspectionDate} · 督查人 {finding.inspector}
          </Typography.Text>
        )}
        {finding.closedAt ? (
          <Tag color="success">已整改销号</Tag>
        ) : overdue ? (
          <Tag color="red">逾期未整改</Tag>
        ) : (
          <Tag color="processing">整改中</Tag>
        )}
      </div>
      <dl className="finding-facts">
        <dt>存在问题</dt>
        <dd>{finding.problem || '—'}</dd>
        <dt>整改要求</dt>
        <dd>{finding.requirement || '—'}</dd>
        <dt>整改期限</dt>
        <dd>{finding.rectifyBy ?? '—'}</dd>
        {!rectifying && (
          <>
            <dt>整改情况</dt>
            <dd>
              {finding.rectification || '—'}
              {finding.closedAt && <Typography.Text type="secondary">（{dateTimeText(finding.closedAt)} 销号）</Typography.Text>}
            </dd>
          </>
        )}
      </dl>
      {rectifying && <RectificationForm finding={finding} />}
    </article>
  );
}
