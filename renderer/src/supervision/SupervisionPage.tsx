import { Breadcrumb, Button, Result, Skeleton, Space } from 'antd';
import { ApiError } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { useItemEditor } from '../editor/ItemEditorProvider';
import { hrefOf } from '../router';
import { LoadError } from '../shared/LoadError';
import { PageHeader } from '../shared/PageHeader';
import { ItemSupervisionHeader } from './ItemSupervisionHeader';
import { SupervisionTabs } from './SupervisionTabs';
import type { SupervisionTab } from './supervisionTabs';
import { usePermissions } from './usePermissions';
import { WorkflowActions } from './WorkflowActions';
import './supervision.css';

/** 事项督办 (#/item/<id>): the item, its workflow buttons, and its whole supervision record in tabs. */
export function SupervisionPage({ id, tab = 'progress' }: { id: number; tab?: SupervisionTab }) {
  const { canWrite } = usePermissions();
  const { openItem } = useItemEditor();
  const view = useApiQuery('items.supervision', { id });

  if (view.isError && view.error instanceof ApiError && view.error.code === 'NOT_FOUND')
    return (
      <Result
        status="404"
        title="事项不存在或已被删除"
        extra={
          <Button type="primary" href={hrefOf({ page: 'home' })}>
            回到首页
          </Button>
        }
      />
    );

  return (
    <>
      <Breadcrumb items={[{ title: <a href={hrefOf({ page: 'home' })}>首页</a> }, { title: '事项督办' }]} />
      <PageHeader
        title="事项督办"
        extra={
          view.data && (
            <Space wrap>
              <WorkflowActions view={view.data} />
              <Button onClick={() => openItem(id)}>{canWrite ? '编辑事项信息' : '查看事项信息'}</Button>
            </Space>
          )
        }
      />
      {view.isPending && <Skeleton active paragraph={{ rows: 10 }} />}
      {view.isError && <LoadError error={view.error} onRetry={() => void view.refetch()} />}
      {view.data && (
        <div className="supervision-page">
          <ItemSupervisionHeader view={view.data} />
          <SupervisionTabs view={view.data} tab={tab} />
        </div>
      )}
    </>
  );
}
