import { Table, type TableColumnsType } from 'antd';
import { ContentCell } from './ContentCell';
import { DueDateCell } from './DueDateCell';
import { OwnersCell } from './OwnersCell';
import { PeriodCell } from './PeriodCell';
import { SeqCell } from './SeqCell';
import { StepTag } from './StepTag';
import { TargetsCell } from './TargetsCell';
import type { DraftRow, EditItem } from './useImportDraft';

export const PAGE_SIZES = [20, 50, 100, 200];

interface DraftTableProps {
  rows: DraftRow[];
  year: number;
  isKnown: (name: string) => boolean;
  problemsOf: (index: number) => string[];
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  /** Row just located from the problem list. */
  highlighted: number | null;
  onEdit: EditItem;
  onInclude: (indexes: number[], included: (index: number) => boolean) => void;
}

/**
 * The parsed items as the office's table, every cell editable in place; the checkbox says whether a row
 * is imported. Paged, and each cell redrawn only when its own item changes, so a plan of thousands of
 * items stays quick to edit.
 */
export function DraftTable({ rows, year, isKnown, problemsOf, page, pageSize, onPage, highlighted, onEdit, onInclude }: DraftTableProps) {
  const columns: TableColumnsType<DraftRow> = [
    {
      title: '月份',
      key: 'period',
      width: 148,
      render: (_, row) => <PeriodCell index={row.index} item={row.item} written={row.written} onEdit={onEdit} />,
    },
    { title: '序号', key: 'seq', width: 66, render: (_, row) => <SeqCell index={row.index} seq={row.item.seq} onEdit={onEdit} /> },
    {
      title: '工作内容',
      key: 'content',
      render: (_, row) => <ContentCell index={row.index} item={row.item} lines={row.lines} onEdit={onEdit} />,
    },
    {
      title: '责任人',
      key: 'owners',
      width: 172,
      render: (_, row) => <OwnersCell index={row.index} owners={row.item.owners} isKnown={isKnown} onEdit={onEdit} />,
    },
    { title: '量化指标', key: 'targets', width: 176, render: (_, row) => <TargetsCell index={row.index} targets={row.item.targets} onEdit={onEdit} /> },
    { title: '完成时限', key: 'due', width: 128, render: (_, row) => <DueDateCell index={row.index} year={year} item={row.item} onEdit={onEdit} /> },
    {
      title: '导入结果',
      key: 'step',
      width: 92,
      render: (_, row) => <StepTag step={row.step} edited={row.edited} included={row.included} error={row.error} problems={problemsOf(row.index)} />,
    },
  ];
  return (
    <Table<DraftRow>
      rowKey="index"
      size="small"
      bordered
      columns={columns}
      dataSource={rows}
      tableLayout="fixed"
      rowClassName={(row) => [row.included ? '' : 'draft-row-excluded', row.index === highlighted ? 'draft-row-highlighted' : ''].join(' ')}
      onRow={(row) => ({ id: `draft-row-${row.index}` })}
      rowSelection={{
        columnWidth: 36,
        selectedRowKeys: rows.filter((r) => r.included).map((r) => r.index),
        onChange: (keys) => {
          const chosen = new Set(keys);
          onInclude(
            rows.map((r) => r.index),
            (index) => chosen.has(index),
          );
        },
        getCheckboxProps: (row) => ({ 'aria-label': `导入第${row.index + 1}项` }),
      }}
      pagination={{
        current: page,
        pageSize,
        pageSizeOptions: PAGE_SIZES,
        showSizeChanger: true,
        showTotal: (total) => `共 ${total} 项`,
        onChange: onPage,
      }}
      locale={{ emptyText: '没有符合筛选条件的事项' }}
    />
  );
}
