import { Button, Typography } from 'antd';
import type { BoardView } from '../../../core/contract/item';
import { useItemEditor } from '../editor/ItemEditorProvider';
import { hrefOf } from '../router';
import { usePermissions } from '../supervision/usePermissions';
import { ItemCard } from './ItemCard';

type Column = BoardView['columns'][number];

/** One period of the year (2月, 7-8月, 贯穿全年); its title opens that month. */
export function PeriodColumn({ column }: { column: Column }) {
  const { newItem } = useItemEditor();
  const { canWrite } = usePermissions();
  const preset = column.yearRound
    ? { yearRound: true }
    : { startMonth: column.startMonth, endMonth: column.endMonth === column.startMonth ? null : column.endMonth };
  return (
    <section className="period-column" id={`period-${column.key}`} aria-label={column.label}>
      <header className="period-column-head">
        {column.startMonth ? (
          <a href={hrefOf({ page: 'month', month: column.startMonth })} title={`查看${column.startMonth}月工作`}>
            {column.label}
          </a>
        ) : (
          <span>{column.label}</span>
        )}
        <Typography.Text type="secondary">{column.items.length}项</Typography.Text>
      </header>
      <div className="period-column-items">
        {column.items.map((item) => (
          <ItemCard key={item.id} item={item} lines={3} />
        ))}
        {column.items.length === 0 && <Typography.Text type="secondary">暂无事项</Typography.Text>}
      </div>
      {canWrite && (
        <Button type="dashed" size="small" block onClick={() => newItem(preset)}>
          添加事项
        </Button>
      )}
    </section>
  );
}
