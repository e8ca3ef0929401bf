import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { memo } from 'react';
import type { ItemDraft } from '../../../core/contract/draft';
import { effectiveDueDate } from '../../../core/domain/months';
import type { EditItem } from './useImportDraft';

interface DueDateCellProps {
  index: number;
  year: number;
  item: ItemDraft;
  onEdit: EditItem;
}

/** 完成时限: the date the document states, or empty for the end of the item's months. */
export const DueDateCell = memo(function DueDateCell({ index, year, item, onEdit }: DueDateCellProps) {
  const fallback = effectiveDueDate(year, item, null);
  return (
    <DatePicker
      aria-label={`第${index + 1}项完成时限`}
      size="small"
      variant="borderless"
      value={item.dueDate ? dayjs(item.dueDate) : null}
      onChange={(date) => onEdit(index, { dueDate: date ? date.format('YYYY-MM-DD') : null })}
      format="YYYY-MM-DD"
      placeholder={`默认 ${fallback.slice(5)}`}
      defaultPickerValue={dayjs(fallback)}
      className="draft-date"
    />
  );
});
