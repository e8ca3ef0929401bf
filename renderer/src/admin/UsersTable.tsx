import { Button, Flex, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { UserView } from '../../../core/contract/supervision';
import { USER_ROLE_LABELS, type UserRole } from '../../../core/domain/roles';
import { useApiQuery } from '../api/hooks';
import { LoadError } from '../shared/LoadError';
import { usePermissions } from '../supervision/usePermissions';
import { PasswordResetModal } from './PasswordResetModal';
import { ROLE_COLORS } from './roles';
import { UserCreateModal } from './UserCreateModal';
import { UserEditModal } from './UserEditModal';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: UserView } | { kind: 'password'; user: UserView } | null;

/** 账号: who may sign in, with which role; add, edit, disable, reset a forgotten password. */
export function UsersTable() {
  const { user: me } = usePermissions();
  const users = useApiQuery('users.list', {});
  const persons = useApiQuery('persons.list', { includeInactive: true });
  const [dialog, setDialog] = useState<Dialog>(null);
  const personName = new Map((persons.data ?? []).map((p) => [p.id, p.name]));

  const columns: TableColumnsType<UserView> = [
    { title: '用户名', dataIndex: 'username', width: 160 },
    {
      title: '姓名',
      dataIndex: 'displayName',
      width: 160,
      render: (name: string, u) => (
        <>
          {name}
          {u.id === me?.id && <Typography.Text type="secondary">（当前登录）</Typography.Text>}
        </>
      ),
    },
    { title: '角色', dataIndex: 'role', width: 120, render: (role: UserRole) => <Tag color={ROLE_COLORS[role]}>{USER_ROLE_LABELS[role]}</Tag> },
    {
      title: '关联责任人',
      dataIndex: 'personId',
      render: (personId: number | null) => (personId ? personName.get(personId) ?? '—' : <Typography.Text type="secondary">未关联</Typography.Text>),
    },
    { title: '状态', dataIndex: 'active', width: 90, render: (active: boolean) => (active ? <Tag color="success">启用</Tag> : <Tag>已停用</Tag>) },
    {
      title: '操作',
      key: 'actions',
      width: 170,
      render: (_, u) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', user: u })}>
            编辑
          </Button>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'password', user: u })}>
            重置密码
          </Button>
        </Space>
      ),
    },
  ];

  if (users.isError) return <LoadError error={users.error} onRetry={() => void users.refetch()} />;
  return (
    <>
      <Flex justify="space-between" align="center" className="settings-toolbar">
        <Typography.Text type="secondary">忘记密码时由管理员在此重置。建议再设一个管理员账号，以便管理员本人忘记密码时互相重置。</Typography.Text>
        <Button type="primary" onClick={() => setDialog({ kind: 'create' })}>
          新增账号
        </Button>
      </Flex>
      <Table<UserView> rowKey="id" size="middle" columns={columns} dataSource={users.data} loading={users.isFetching} pagination={false} />
      {dialog?.kind === 'create' && <UserCreateModal persons={persons.data ?? []} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <UserEditModal user={dialog.user} persons={persons.data ?? []} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'password' && <PasswordResetModal user={dialog.user} onClose={() => setDialog(null)} />}
    </>
  );
}
