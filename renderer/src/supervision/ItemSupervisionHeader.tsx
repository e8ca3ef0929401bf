import { Alert, Descriptions, Tag, Typography, type DescriptionsProps } from 'antd';
import type { SupervisionView } from '../../../core/contract/supervision';
import { ITEM_SOURCE_LABELS } from '../../../core/domain/roles';
import { OwnerNames } from '../items/OwnerNames';
import { StatusTag } from '../items/StatusTag';
import { WarningTag } from '../items/WarningTag';
import { CheckinGrid } from './CheckinGrid';
import { ScheduleBars } from './ScheduleBars';
import { TargetLine } from './TargetLine';
import { dateTimeText } from './timeText';

const muted = <Typography.Text type="secondary">—</Typography.Text>;

/** The item at a glance: 序号 and content, state and warning, deadline (with postponements), progress against schedule. */
export function ItemSupervisionHeader({ view }: { view: SupervisionView }) {
  const { item } = view;
  const pending = view.postponements.find((p) => p.decision === 'pending');
  const year = Number(item.dueDate.slice(0, 4));
  const verified = item.status === 'done' ? view.verifications.find((v) => v.decision === 'pass') : undefined;

  const facts: DescriptionsProps['items'] = [
    { key: 'owners', label: '责任人', children: item.owners.length ? <OwnerNames owners={item.owners} /> : muted },
    { key: 'period', label: '计划时间', children: item.period },
    {
      key: 'due',
      label: '完成时限',
      children: (
        <span>
          <Typography.Text strong>{item.dueDate}</Typography.Text>
          {view.postponementCount > 0 && (
            <Typography.Text type="secondary">
              （原时限 {view.originalDueDate}，延期{view.postponementCount}次）
            </Typography.Text>
          )}
          {pending && <Tag color="gold" className="inline-tag">延期申请待审批：延至 {pending.requestedDueDate}</Tag>}
        </span>
      ),
    },
    { key: 'evidence', label: '佐证材料', children: `${view.evidence.length} 件` },
    ...(item.cadence ? [{ key: 'cadence', label: '频次', children: item.cadence }] : []),
    ...(item.targets.length
      ? [{ key: 'targets', label: '量化指标', span: 2, children: <div className="target-lines">{item.targets.map((t) => <TargetLine key={t.id} target={t} />)}</div> }]
      : []),
    {
      key: 'latest',
      label: '最新进展',
      span: 2,
      children: item.progressText ? <Typography.Paragraph ellipsis={{ rows: 2, expandable: true, symbol: '展开' }} className="flush">{item.progressText}</Typography.Paragraph> : muted,
    },
  ];

  return (
    <section className="supervision-header" aria-label="事项概况">
      <div className="supervision-title">
        {item.seq != null && <span className="supervision-seq">{item.seq}</span>}
        <Typography.Paragraph className="supervision-content">{item.content}</Typography.Paragraph>
      </div>
      <div className="supervision-tags">
        <StatusTag status={item.status} />
        <WarningTag warning={item.warning} />
        {item.isKey && <Tag color="red">主要任务</Tag>}
        {item.yearRound && <Tag>贯穿全年</Tag>}
        {item.sectionTitle && <Tag>{item.sectionTitle}</Tag>}
        {item.source !== 'plan' && (
          <Tag>
            {ITEM_SOURCE_LABELS[item.source]}
            {item.sourceRef ? `：${item.sourceRef}` : ''}
          </Tag>
        )}
      </div>
      {item.statusNote && (item.status === 'returned' || item.status === 'cancelled') && (
        <Alert
          type={item.status === 'returned' ? 'warning' : 'info'}
          showIcon
          className="supervision-note"
          title={`${item.status === 'returned' ? '退回原因' : '中止原因'}：${item.statusNote}`}
        />
      )}
      {verified && (
        <Alert
          type="success"
          showIcon
          className="supervision-note"
          title={`已核验销号：${verified.actor} ${dateTimeText(verified.at)}${verified.comment ? `，意见：${verified.comment}` : ''}`}
        />
      )}
      <div className="supervision-facts">
        <Descriptions size="small" column={2} items={facts} className="supervision-descriptions" />
        <ScheduleBars item={item} expectedPercent={view.expectedPercent} />
      </div>
      {item.yearRound && <CheckinGrid year={year} checkins={view.checkins} cadence={item.cadence} />}
    </section>
  );
}
