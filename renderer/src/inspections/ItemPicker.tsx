import { keepPreviousData } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { useState } from 'react';
import type { ItemSummary } from '../../../core/contract/item';
import { useApiQuery } from '../api/hooks';
import { StatusTag } from '../items/StatusTag';
import { useDebouncedValue } from '../shared/useDebouncedValue';

interface ItemPickerProps {
  id?: string;
  planId: number;
  /** Before anything is typed, the month's items are offered (typing searches the whole plan). */
  month: number;
  value: number | undefined;
  onChange: (item: ItemSummary | undefined) => void;
  status?: 'error';
}

const SHOWN = 30;

function itemLabel(item: ItemSummary): string {
  return `${item.seq != null ? `${item.seq}. ` : ''}${item.content}`;
}

/** Finds an item of the plan by typing part of its content (searched on the server, as you type). */
export function ItemPicker({ id, planId, month, value, onChange, status }: ItemPickerProps) {
  const [search, setSearch] = useState('');
  const text = useDebouncedValue(search.trim(), 250);
  const [picked, setPicked] = useState<ItemSummary | undefined>();
  const found = useApiQuery('items.search', { planId, text: text || undefined, month: text ? undefined : month, limit: SHOWN }, { placeholderData: keepPreviousData });
  const rows = found.data?.rows ?? [];
  const options = (picked && !rows.some((r) => r.id === picked.id) ? [picked, ...rows] : rows).map((item) => ({
    value: item.id,
    label: itemLabel(item),
    item,
  }));

  return (
    <Select<number, (typeof options)[number]>
      id={id}
      value={value}
      status={status}
      placeholder="输入工作内容中的字词查找事项"
      options={options}
      loading={found.isFetching}
      showSearch={{ searchValue: search, onSearch: setSearch, filterOption: false }}
      onChange={(next, option) => {
        const item = Array.isArray(option) ? undefined : option?.item;
        setPicked(item);
        onChange(next === undefined ? undefined : item);
      }}
      allowClear
      notFoundContent={found.isFetching ? '正在查找…' : '没有找到该事项'}
      optionRender={(option) => (
        <div className="item-option">
          <Typography.Text ellipsis className="item-option-text">
            {option.label}
          </Typography.Text>
          <span className="item-option-meta">
            {option.data.item.period} <StatusTag status={option.data.item.status} />
          </span>
        </div>
      )}
      popupRender={(menu) => (
        <>
          {menu}
          <Typography.Text type="secondary" className="item-option-more">
            {text ? '' : `以上为${month}月事项；输入字词可查找全年事项。`}
            {(found.data?.total ?? 0) > SHOWN && `共 ${found.data?.total} 项，请输入更多字词缩小范围`}
          </Typography.Text>
        </>
      )}
      style={{ width: '100%' }}
    />
  );
}
