import { Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { SupervisionView } from '../../../core/contract/supervision';
import { dateTimeText } from './timeText';

type Verification = SupervisionView['verifications'][number];

const columns: TableColumnsType<Verification> = [
  {
    title: '结果',
    dataIndex: 'decision',
    width: 110,
    render: (decision: Verification['decision']) => (decision === 'pass' ? <Tag color="success">通过（销号）</Tag> : <Tag color="volcano">退回</Tag>),
  },
  { title: '意见', dataIndex: 'comment', render: (comment: string) => comment || <Typography.Text type="secondary">无</Typography.Text> },
  { title: '核验人', dataIndex: 'actor', width: 120 },
  { title: '时间', dataIndex: 'at', width: 160, render: (at: string) => dateTimeText(at) },
];

/** 核验记录: each 核验 by an adviser, newest first, with its comment. */
export function VerificationList({ verifications }: { verifications: Verification[] }) {
  if (verifications.length === 0) return <Empty description="还没有核验记录：事项提交核验后，由指导老师核验通过或退回" />;
  return <Table<Verification> rowKey="id" size="middle" columns={columns} dataSource={verifications} pagination={false} />;
}
