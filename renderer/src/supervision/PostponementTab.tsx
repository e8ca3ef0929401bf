import { Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { PostponementView, SupervisionView } from '../../../core/contract/supervision';
import { isClosed } from '../../../core/domain/status';
import { PostponementDecision } from './PostponementDecision';
import { PostponementForm } from './PostponementForm';
import { dateTimeText } from './timeText';
import { usePermissions } from './usePermissions';

const DECISION_TAGS: Record<PostponementView['decision'], ReactNode> = {
  pending: <Tag color="gold">待审批</Tag>,
  approved: <Tag color="success">已批准</Tag>,
  rejected: <Tag color="red">已驳回</Tag>,
};

/** 延期申请: the requests and their decisions; 指导老师 approve or reject, others may ask while the item is open. */
export function PostponementTab({ view }: { view: SupervisionView }) {
  const { canWrite, canVerify } = usePermissions();
  const requests = [...view.postponements].reverse();
  const canRequest = canWrite && !isClosed(view.item.status) && !view.postponements.some((p) => p.decision === 'pending');

  const columns: TableColumnsType<PostponementView> = [
    { title: '申请', key: 'requested', width: 170, render: (_, p) => <>{p.requestedBy}<div className="muted">{dateTimeText(p.requestedAt)}</div></> },
    { title: '时限', key: 'dates', width: 200, render: (_, p) => `${p.previousDueDate} → ${p.requestedDueDate}` },
    { title: '原因', dataIndex: 'reason' },
    { title: '状态', dataIndex: 'decision', width: 90, render: (d: PostponementView['decision']) => DECISION_TAGS[d] },
    {
      title: '审批',
      key: 'decision',
      width: 220,
      render: (_, p) =>
        p.decision === 'pending' ? (
          canVerify ? (
            <PostponementDecision request={p} />
          ) : (
            <Typography.Text type="secondary">待指导老师审批</Typography.Text>
          )
        ) : (
          <>
            {p.decidedBy} {p.decidedAt && dateTimeText(p.decidedAt)}
            {p.decisionComment && <div>意见：{p.decisionComment}</div>}
          </>
        ),
    },
  ];

  return (
    <div className={canRequest ? 'tab-columns' : undefined}>
      <div>
        {requests.length === 0 ? (
          <Empty description="没有延期申请" />
        ) : (
          <Table<PostponementView> rowKey="id" size="middle" columns={columns} dataSource={requests} pagination={false} />
        )}
      </div>
      {canRequest && (
        <aside className="tab-side">
          <PostponementForm item={view.item} />
        </aside>
      )}
    </div>
  );
}
