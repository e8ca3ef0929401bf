import { Table, type TableColumnsType } from 'antd';
import type { DashboardView } from '../../../core/contract/supervision';
import { RateBar } from './RateBar';

type RateRow = DashboardView['byOwner'][number];

interface RateTableProps {
  rows: RateRow[];
  /** Heading of the name column, e.g. 责任人. */
  nameTitle: string;
}

/** Completion by owner or section: 事项数, 已办结 and 完成率 (已中止 left out), sortable. */
export function RateTable({ rows, nameTitle }: RateTableProps) {
  const columns: TableColumnsType<RateRow> = [
    { title: nameTitle, dataIndex: 'label', ellipsis: true },
    { title: '事项数', dataIndex: 'total', width: 80, align: 'right', sorter: (a, b) => a.total - b.total },
    { title: '已办结', dataIndex: 'done', width: 80, align: 'right', sorter: (a, b) => a.done - b.done },
    {
      title: '完成率',
      dataIndex: 'rate',
      width: 170,
      sorter: (a, b) => (a.rate ?? -1) - (b.rate ?? -1),
      render: (rate: number | null) => <RateBar rate={rate} />,
    },
  ];
  return (
    <Table<RateRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ y: 320 }}
      locale={{ emptyText: '暂无事项' }}
    />
  );
}
