import { Table, Tag, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ItemSummary } from '../../../core/contract/item';
import { useItemEditor } from '../editor/ItemEditorProvider';
import { SupervisionLink } from '../supervision/SupervisionLink';
import { usePermissions } from '../supervision/usePermissions';
import { BulkBar } from './BulkBar';
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
  /** Rows can be ticked and changed together (owners, section, deadline, 开始/提交) by those who may write. */
  bulk?: boolean;
  /** Names the table for assistive technology and the ticking column (e.g. 本月事项). */
  label?: string;
}

const muted = <Typography.Text type="secondary">—</Typography.Text>;

/** A click in the tick column selects; it must not open the row as well. */
function inSelectionCell(target: EventTarget): boolean {
  return target instanceof Element && target.closest('.ant-table-selection-column') !== null;
}

/**
 * Items as the office's table: 序号, 工作内容, 责任人, 计划时间, 状态, 预警, 备注. A row (click or Enter) opens
 * the editor (or `onOpen`); 督办详情 opens the item's supervision view. With `bulk`, ticked rows are changed
 * together from the bar above the table.
 */
export function ItemTable({ items, emptyText, loading, showSection, pagination = false, onOpen, bulk, label }: ItemTableProps) {
  const { openItem } = useItemEditor();
  const { canWrite } = usePermissions();
  const [selected, setSelected] = useState<number[]>([]);
  const selectable = bulk && canWrite;
  // Rows that left the table (another page, another month) are no longer ticked.
  const ticked = selected.filter((id) => items.some((i) => i.id === id));
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
    <>
      {selectable && <BulkBar ids={ticked} onClear={() => setSelected([])} />}
      <Table<ItemSummary>
        rowKey="id"
        size="middle"
        aria-label={label}
        columns={columns}
        dataSource={items}
        loading={loading}
        pagination={pagination}
        locale={{ emptyText }}
        rowClassName="clickable-row"
        rowSelection={
          selectable
            ? {
                selectedRowKeys: ticked,
                onChange: (keys) => setSelected(keys as number[]),
                columnWidth: 40,
                getCheckboxProps: (item) => ({ 'aria-label': `选择：${item.seq != null ? `${item.seq}. ` : ''}${item.content.slice(0, 20)}` }),
              }
            : undefined
        }
        onRow={(item) => ({
          tabIndex: 0,
          onClick: (event) => {
            if (!inSelectionCell(event.target)) open(item);
          },
          onKeyDown: (event) => {
            if (event.key === 'Enter' && !inSelectionCell(event.target)) open(item);
          },
        })}
      />
    </>
  );
}
