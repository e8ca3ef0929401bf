import { keepPreviousData } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import type { ItemSummary } from '../../../core/contract/item';
import { isClosed, STATUS_LABELS } from '../../../core/domain/status';
import { useApiQuery } from '../api/hooks';
import { useDebouncedValue } from '../shared/useDebouncedValue';

const SHOWN = 30;

function optionOf(item: Pick<ItemSummary, 'id' | 'seq' | 'content' | 'period' | 'status'>) {
  const closed = isClosed(item.status) ? `（${STATUS_LABELS[item.status]}）` : '';
  return { value: item.id, label: `【${item.period}】${item.seq != null ? `${item.seq}. ` : ''}${item.content}${closed}` };
}

interface ItemPickerProps {
  id?: string;
  planId: number;
  value?: number;
  onChange: (id: number | undefined) => void;
}

/** Finds an item of the plan by typing part of its content (searched on the server, any plan size). */
export function ItemPicker({ id, planId, value, onChange }: ItemPickerProps) {
  const [text, setText] = useState('');
  const settled = useDebouncedValue(text.trim(), 250);
  const found = useApiQuery('items.search', { planId, text: settled || undefined, limit: SHOWN }, { placeholderData: keepPreviousData });
  // The chosen item stays labelled when a new search no longer lists it.
  const chosen = useApiQuery('items.get', { id: value ?? 0 }, { enabled: value != null });
  const rows = found.data?.rows ?? [];
  const extra = chosen.data && !rows.some((r) => r.id === chosen.data.id) ? [chosen.data] : [];
  return (
    <Select<number>
      id={id}
      value={value}
      onChange={(next) => onChange(next ?? undefined)}
      allowClear
      placeholder="输入工作内容关键词查找事项"
      showSearch={{ searchValue: text, onSearch: setText, filterOption: false }}
      loading={found.isFetching}
      options={[...extra, ...rows].map(optionOf)}
      notFoundContent={found.isFetching ? '正在查找…' : '没有找到事项'}
      popupMatchSelectWidth={520}
      style={{ width: '100%' }}
    />
  );
}
