import { Button, Typography } from 'antd';
import { useState } from 'react';
import type { BoardView } from '../../../core/contract/item';
import { useItemEditor } from '../editor/ItemEditorProvider';
import { AllItemsModal } from '../items/AllItemsModal';
import { hrefOf } from '../router';
import { usePermissions } from '../supervision/usePermissions';
import { ItemCard } from './ItemCard';

type Column = BoardView['columns'][number];

/** One period of the year (2月, 7-8月, 贯穿全年); its title opens that month. Shows its first cards, and all on request. */
export function PeriodColumn({ planId, column }: { planId: number; column: Column }) {
  const { newItem } = useItemEditor();
  const { canWrite } = usePermissions();
  const [showAll, setShowAll] = useState(false);
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
        <Typography.Text type="secondary">{column.total}项</Typography.Text>
      </header>
      <div className="period-column-items">
        {column.items.map((item) => (
          <ItemCard key={item.id} item={item} lines={3} />
        ))}
        {column.items.length === 0 && <Typography.Text type="secondary">暂无事项</Typography.Text>}
        {column.total > column.items.length && (
          <Button type="link" size="small" block onClick={() => setShowAll(true)}>
            查看全部 {column.total} 项
          </Button>
        )}
      </div>
      {showAll && (
        <AllItemsModal
          title={`${column.label}事项`}
          filter={{ planId, isKey: false, span: { startMonth: column.startMonth, endMonth: column.endMonth, yearRound: column.yearRound } }}
          onClose={() => setShowAll(false)}
        />
      )}
      {canWrite && (
        <Button type="dashed" size="small" block onClick={() => newItem(preset)}>
          添加事项
        </Button>
      )}
    </section>
  );
}
