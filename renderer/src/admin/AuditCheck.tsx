import { Alert, Button, Space, Typography } from 'antd';
import { useApiQuery } from '../api/hooks';
import { dateTimeText } from '../supervision/timeText';

/** 审计校验: re-computes the hash chain of every recorded change and says whether any was altered. */
export function AuditCheck() {
  const check = useApiQuery('audit.verify', {}, { enabled: false, gcTime: 0 });
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        每一次修改都记入审计记录，且每条记录都包含前一条的校验值。校验会逐条复算，发现被直接改动的记录即指出第一条。
      </Typography.Text>
      <Button onClick={() => void check.refetch()} loading={check.isFetching}>
        校验审计记录
      </Button>
      {check.isError && <Alert type="error" showIcon title={check.error.message} />}
      {check.data && !check.isFetching && (
        <Alert
          type={check.data.intact ? 'success' : 'error'}
          showIcon
          title={check.data.message}
          description={`校验时间 ${dateTimeText(new Date(check.dataUpdatedAt).toISOString())}`}
        />
      )}
    </Space>
  );
}
