import { Select, Tag, Tooltip } from 'antd';
import { memo } from 'react';
import type { ItemDraft } from '../../../core/contract/draft';
import { MONTH_OPTIONS } from '../shared/monthOptions';
import type { EditItem } from './useImportDraft';

const YEAR_ROUND = 0;
const START_OPTIONS = [{ value: YEAR_ROUND, label: '全年' }, ...MONTH_OPTIONS];

interface PeriodCellProps {
  index: number;
  item: ItemDraft;
  /** The period as written when the plan's year cannot hold it (次年1月, kept in 12月). */
  written?: string | null;
  onEdit: EditItem;
}

/** 月份: a month or 全年, and for a span the month it ends (7月–8月). */
export const PeriodCell = memo(function PeriodCell({ index, item, written, onEdit }: PeriodCellProps) {
  const n = index + 1;
  const start = item.yearRound ? YEAR_ROUND : (item.startMonth ?? undefined);
  const end = !item.yearRound && item.endMonth != null && item.endMonth !== item.startMonth ? item.endMonth : undefined;
  return (
    <div className="draft-period">
      <Select<number>
        aria-label={`第${n}项开始月份`}
        size="small"
        variant="borderless"
        suffixIcon={null}
        value={start}
        placeholder="月份"
        status={start === undefined ? 'error' : undefined}
        options={START_OPTIONS}
        showSearch={{ optionFilterProp: 'label' }}
        popupMatchSelectWidth={false}
        onChange={(month) =>
          onEdit(
            index,
            month === YEAR_ROUND
              ? { yearRound: true, startMonth: null, endMonth: null }
              : { yearRound: false, startMonth: month, endMonth: item.endMonth != null && item.endMonth > month ? item.endMonth : month },
          )
        }
        className="draft-month"
      />
      {!item.yearRound && (
        <Select<number>
          aria-label={`第${n}项结束月份`}
          size="small"
        variant="borderless"
        suffixIcon={null}
          value={end}
          placeholder="至"
          allowClear
          disabled={item.startMonth == null}
          options={MONTH_OPTIONS.filter((o) => item.startMonth != null && o.value > item.startMonth)}
          showSearch={{ optionFilterProp: 'label' }}
          popupMatchSelectWidth={false}
          onChange={(month) => onEdit(index, { endMonth: month ?? item.startMonth })}
          className="draft-month"
        />
      )}
      {written && (
        <Tooltip title={`原文为${written}（学期跨年）：本年度台账记在12月，完成时限按次年计`}>
          <Tag className="draft-next-year" color="purple">
            原文{written}
          </Tag>
        </Tooltip>
      )}
    </div>
  );
});
