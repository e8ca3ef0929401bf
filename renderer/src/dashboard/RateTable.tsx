import { Table, type TableColumnsType } from 'antd';
import type { DashboardView } from '../../../core/contract/supervision';
import { RateBar } from './RateBar';

type RateRow = DashboardView['byOwner'][number];

interface RateTableProps {
  rows: RateRow[];
  /** Heading of the name column, e.g. 责任人. */
  nameTitle: string;
}

/** Completion by owner or section: 事项数, 已办结, 滞后/逾期 and 完成率 (已中止 left out), sortable. */
export function RateTable({ rows, nameTitle }: RateTableProps) {
  const columns: TableColumnsType<RateRow> = [
    { title: nameTitle, dataIndex: 'label', ellipsis: true },
    { title: '事项数', dataIndex: ['tally', 'total'], width: 72, align: 'right', sorter: (a, b) => a.tally.total - b.tally.total },
    { title: '已办结', dataIndex: ['tally', 'done'], width: 72, align: 'right', sorter: (a, b) => a.tally.done - b.tally.done },
    {
      title: '滞后/逾期',
      key: 'behind',
      width: 84,
      align: 'right',
      render: (_, row) => `${row.tally.byState.lagging}/${row.tally.byState.overdue}`,
      sorter: (a, b) => a.tally.byState.lagging + a.tally.byState.overdue - b.tally.byState.lagging - b.tally.byState.overdue,
    },
    {
      title: '完成率',
      dataIndex: ['tally', 'rate'],
      width: 170,
      sorter: (a, b) => (a.tally.rate ?? -1) - (b.tally.rate ?? -1),
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
