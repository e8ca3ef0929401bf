import { Tag } from 'antd';
import { STATUS_LABELS, type ItemStatus } from '../../../core/domain/status';
import { STATUS_COLORS } from '../shared/statusColors';

export function StatusTag({ status }: { status: ItemStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} className="status-tag">
      {STATUS_LABELS[status]}
    </Tag>
  );
}
