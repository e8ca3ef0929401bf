import { App, Button, Table, Tag, type TableColumnsType } from 'antd';
import type { SessionView } from '../../../core/contract/lan-methods';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { USER_ROLE_LABELS } from '../../../core/domain/roles';
import { LoadError } from '../shared/LoadError';
import { dateTimeText } from '../supervision/timeText';

const clientText = (client: string) => (client === 'local' ? '本机窗口' : client);

/** Who is signed in, from where, last seen; 结束 signs a session out. Refreshed every half minute. */
export function SessionsTable() {
  const { message, modal } = App.useApp();
  const list = useApiQuery('sessions.list', {}, { refetchInterval: 30_000 });
  const end = useApiMutation('sessions.end');

  const confirmEnd = (s: SessionView) =>
    modal.confirm({
      title: `结束 ${s.userName} 的登录？`,
      content: `来自 ${clientText(s.client)}。对方需要重新登录才能继续使用。`,
      okText: '结束',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        await end.mutateAsync({ id: s.id });
        void message.success('已结束该登录');
        await list.refetch();
      },
    });

  const columns: TableColumnsType<SessionView> = [
    { title: '用户', dataIndex: 'userName', render: (name: string, s) => <>{name} <Tag>{USER_ROLE_LABELS[s.role]}</Tag>{s.current && <Tag color="blue">当前</Tag>}</> },
    { title: '地址', dataIndex: 'client', render: clientText },
    { title: '最近活动', dataIndex: 'lastSeen', render: (at: string) => dateTimeText(at) },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      render: (_, s) =>
        s.current ? null : (
          <Button type="link" size="small" danger onClick={() => confirmEnd(s)}>
            结束
          </Button>
        ),
    },
  ];
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  return <Table<SessionView> rowKey="id" size="small" columns={columns} dataSource={list.data ?? []} loading={list.isPending} pagination={false} />;
}
