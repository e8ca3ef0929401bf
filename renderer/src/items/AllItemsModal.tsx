import { keepPreviousData } from '@tanstack/react-query';
import { Modal } from 'antd';
import { useState } from 'react';
import type { ItemSearch } from '../../../core/contract/item';
import { useApiQuery } from '../api/hooks';
import { serverPaging } from './serverPaging';
import { ItemTable } from './ItemTable';

const PAGE_SIZE = 20;

export type ItemGroupFilter = Omit<ItemSearch, 'offset' | 'limit'>;

interface AllItemsModalProps {
  title: string;
  /** The group's items as an 事项查询 filter (a board column: its span; a 主要任务 section: its section). */
  filter: ItemGroupFilter;
  onClose: () => void;
}

/** “查看全部”: every item of a group that shows only its first ones, paged on the server. */
export function AllItemsModal({ title, filter, onClose }: AllItemsModalProps) {
  const [page, setPage] = useState(1);
  const result = useApiQuery('items.search', { ...filter, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }, { placeholderData: keepPreviousData });
  return (
    <Modal open title={title} footer={null} width={1120} onCancel={onClose}>
      <ItemTable
        items={result.data?.rows ?? []}
        loading={result.isFetching}
        emptyText="没有事项"
        pagination={serverPaging(page, PAGE_SIZE, result.data?.total ?? 0, setPage)}
      />
    </Modal>
  );
}
