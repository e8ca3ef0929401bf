import { App, Button, Flex, Popconfirm, Space, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { PersonView } from '../../../core/contract/person';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { hrefOf } from '../router';
import { LoadError } from '../shared/LoadError';
import { PageHeader } from '../shared/PageHeader';
import { usePermissions } from '../supervision/usePermissions';
import { PersonFormModal } from './PersonFormModal';

type Editing = { person?: PersonView } | null;

/** 责任人: the office's people; deactivated ones keep their past items but leave the pick lists. */
export function PersonsPage() {
  const { message } = App.useApp();
  const { canWrite } = usePermissions();
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const persons = useApiQuery('persons.list', { includeInactive: showInactive });
  const update = useApiMutation('persons.update');

  const setActive = (person: PersonView, active: boolean) =>
    update.mutate(
      { id: person.id, name: person.name, title: person.title, department: person.department, active },
      { onSuccess: () => void message.success(active ? `已启用“${person.name}”` : `已停用“${person.name}”`) },
    );

  // Changing the list is for those who may write; a 只读 account only reads it.
  const actionsColumn: TableColumnsType<PersonView>[number] = {
    title: '操作',
    key: 'actions',
    width: 150,
    render: (_, person) => (
      <Space size={4}>
        <Button type="link" size="small" onClick={() => setEditing({ person })}>
          编辑
        </Button>
        {person.active ? (
          <Popconfirm
            title={`停用“${person.name}”？`}
            description="停用后不再出现在责任人选择列表中，已有事项中的记录保留。"
            okText="停用"
            cancelText="取消"
            onConfirm={() => setActive(person, false)}
          >
            <Button type="link" size="small" danger>
              停用
            </Button>
          </Popconfirm>
        ) : (
          <Button type="link" size="small" onClick={() => setActive(person, true)}>
            启用
          </Button>
        )}
      </Space>
    ),
  };

  const columns: TableColumnsType<PersonView> = [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 160,
      render: (name: string, person) => <a href={hrefOf({ page: 'person', personId: person.id })}>{name}</a>,
    },
    { title: '职务', dataIndex: 'title', render: (title: string) => title || <Typography.Text type="secondary">未填写</Typography.Text> },
    { title: '部门', dataIndex: 'department', render: (dept: string) => dept || <Typography.Text type="secondary">未填写</Typography.Text> },
    { title: '事项数', dataIndex: 'itemCount', width: 90, align: 'right' },
    {
      title: '状态',
      dataIndex: 'active',
      width: 90,
      render: (active: boolean) => (active ? <Tag color="success">在用</Tag> : <Tag>已停用</Tag>),
    },
    ...(canWrite ? [actionsColumn] : []),
  ];

  return (
    <>
      <PageHeader
        title="责任人"
        description="点击姓名查看其在当前年度计划中的事项。事项数为其承办（主办或协办）的全部事项。"
        extra={
          <Flex gap={16} align="center">
            <label className="inline-switch">
              <Switch size="small" checked={showInactive} onChange={setShowInactive} /> 显示已停用
            </label>
            {canWrite && (
              <Button type="primary" onClick={() => setEditing({})}>
                新增
              </Button>
            )}
          </Flex>
        }
      />
      {persons.isError ? (
        <LoadError error={persons.error} onRetry={() => void persons.refetch()} />
      ) : (
        <Table<PersonView>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={persons.data}
          loading={persons.isFetching}
          pagination={false}
          locale={{ emptyText: showInactive ? '还没有责任人，点击“新增”添加' : '没有在用的责任人；打开“显示已停用”可查看已停用人员' }}
        />
      )}
      {editing && <PersonFormModal person={editing.person} onClose={() => setEditing(null)} />}
    </>
  );
}
