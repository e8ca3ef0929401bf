import { Table, Tag, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { ReactNode } from 'react';
import type { ItemSummary } from '../../../core/contract/item';
import { useItemEditor } from '../editor/ItemEditorProvider';
import { SupervisionLink } from '../supervision/SupervisionLink';
import { OwnerNames } from './OwnerNames';
import { StatusTag } from './StatusTag';
import { WarningTag } from './WarningTag';

interface ItemTableProps {
  items: ItemSummary[];
  /** What an empty table says (and offers). */
  emptyText: ReactNode;
  loading?: boolean;
  /** Adds the 分类 column (search results mix sections). */
  showSection?: boolean;
  pagination?: TablePaginationConfig | false;
  /** What opening a row does; by default it opens the editor. */
  onOpen?: (item: ItemSummary) => void;
}

const muted = <Typography.Text type="secondary">—</Typography.Text>;

/**
 * Items as the office's table: 序号, 工作内容, 责任人, 计划时间, 状态, 预警, 备注. A row (click or Enter) opens
 * the editor (or `onOpen`); 督办详情 opens the item's supervision view.
 */
export function ItemTable({ items, emptyText, loading, showSection, pagination = false, onOpen }: ItemTableProps) {
  const { openItem } = useItemEditor();
  const open = (item: ItemSummary) => (onOpen ? onOpen(item) : openItem(item.id));
  const columns: TableColumnsType<ItemSummary> = [
    { title: '序号', dataIndex: 'seq', width: 64, align: 'center', render: (seq: number | null) => seq ?? muted },
    {
      title: '工作内容',
      dataIndex: 'content',
      render: (content: string, item) => (
        <div className="item-table-content">
          {item.carried && <Tag color="orange">结转</Tag>}
          {item.isKey && <Tag color="red">主要任务</Tag>}
          <div className="item-content-text clamp-3" title={content}>
            {content}
          </div>
        </div>
      ),
    },
    ...(showSection
      ? [{ title: '分类', dataIndex: 'sectionTitle', width: 160, ellipsis: true, render: (title: string | null) => title ?? muted }]
      : []),
    {
      title: '责任人',
      dataIndex: 'owners',
      width: 170,
      render: (owners: ItemSummary['owners']) => (owners.length ? <OwnerNames owners={owners} /> : muted),
    },
    {
      title: '计划时间',
      key: 'period',
      width: 128,
      render: (_, item) => (
        <>
          <div>{item.period}</div>
          <Typography.Text type="secondary" className="due-date">
            截止 {item.dueDate}
          </Typography.Text>
        </>
      ),
    },
    { title: '状态', dataIndex: 'status', width: 84, render: (status: ItemSummary['status']) => <StatusTag status={status} /> },
    { title: '预警', dataIndex: 'warning', width: 76, render: (warning: ItemSummary['warning']) => <WarningTag warning={warning} /> },
    {
      title: '备注',
      dataIndex: 'notes',
      width: 150,
      render: (notes: string) =>
        notes ? (
          <div className="item-content-text clamp-2" title={notes}>
            {notes}
          </div>
        ) : null,
    },
    { title: '督办', key: 'supervision', width: 84, render: (_, item) => <SupervisionLink id={item.id} /> },
  ];
  return (
    <Table<ItemSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={pagination}
      locale={{ emptyText }}
      rowClassName="clickable-row"
      onRow={(item) => ({
        tabIndex: 0,
        onClick: () => open(item),
        onKeyDown: (event) => {
          if (event.key === 'Enter') open(item);
        },
      })}
    />
  );
}
