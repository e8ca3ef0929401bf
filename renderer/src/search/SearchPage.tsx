import { keepPreviousData } from '@tanstack/react-query';
import { Button, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { ITEM_STATUSES, STATUS_LABELS } from '../../../core/domain/status';
import { useApiQuery } from '../api/hooks';
import { serverPaging } from '../items/serverPaging';
import { ItemTable } from '../items/ItemTable';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';
import { navigate, type SearchFilters } from '../router';
import { LoadError } from '../shared/LoadError';
import { usePlanMonths } from '../plan/usePlanMonths';
import { PageHeader } from '../shared/PageHeader';
import { useDebouncedValue } from '../shared/useDebouncedValue';

const PAGE_SIZE = 50;
/** The 责任人 filter's choice for items nobody has been named for. */
const NO_OWNER = 0;
const STATUS_OPTIONS = ITEM_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));

/**
 * 事项查询: text and filters over the current plan, paged on the server (fast at any size). The filters
 * live in the address, so a reload, the back button or a bookmark keeps them.
 */
export function SearchPage({ filters }: { filters: SearchFilters }) {
  const { plan } = useCurrentPlan();
  const { options: monthOptions } = usePlanMonths();
  const persons = useApiQuery('persons.list', { includeInactive: true });
  const [text, setText] = useState(filters.text ?? '');
  const settledText = useDebouncedValue(text.trim(), 300);
  const page = filters.page ?? 1;

  // Any change of the conditions goes back to page 1.
  const update = (patch: Partial<SearchFilters>, options?: { replace?: boolean }) =>
    navigate({ page: 'items', filters: { ...filters, page: undefined, ...patch } }, options);

  useEffect(() => {
    // Typing, once settled, writes the text into the address (replacing, not adding, a history entry).
    if (settledText !== (filters.text ?? '')) update({ text: settledText || undefined }, { replace: true });
  }, [settledText]);

  useEffect(() => {
    // The address changed by other means (back button, 清除条件): show its text.
    if ((filters.text ?? '') !== settledText) setText(filters.text ?? '');
  }, [filters.text]);

  const { text: query, personId, noOwner, month, sectionId, status } = filters;
  const result = useApiQuery(
    'items.search',
    { planId: plan.id, text: query, personId, noOwner, month, sectionId, status, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    { placeholderData: keepPreviousData },
  );
  const filtered = Boolean(query || personId || noOwner || month || sectionId || status);

  return (
    <>
      <PageHeader
        title="事项查询"
        description={`在${plan.year}年度计划中查找事项。按月份查询时，包含跨该月的事项和贯穿全年的日常工作。`}
      />
      <Flex gap={8} wrap className="search-filters" role="search">
        <Input
          aria-label="关键词"
          placeholder="搜索工作内容"
          allowClear
          maxLength={200}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onPressEnter={() => update({ text: text.trim() || undefined }, { replace: true })}
          style={{ width: 280 }}
        />
        <Select
          aria-label="责任人"
          placeholder="全部责任人"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={noOwner ? NO_OWNER : personId}
          onChange={(value?: number) => update(value === NO_OWNER ? { personId: undefined, noOwner: true } : { personId: value, noOwner: undefined })}
          options={[
            { value: NO_OWNER, label: '未指定责任人' },
            ...(persons.data ?? []).map((p) => ({ value: p.id, label: p.active ? p.name : `${p.name}（已停用）` })),
          ]}
          style={{ width: 160 }}
        />
        <Select
          aria-label="月份"
          placeholder="全部月份"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={month}
          onChange={(value?: number) => update({ month: value })}
          options={monthOptions}
          style={{ width: 110 }}
        />
        <Select
          aria-label="分类"
          placeholder="全部分类"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={sectionId}
          onChange={(value?: number) => update({ sectionId: value })}
          options={plan.sections.map((s) => ({ value: s.id, label: s.title }))}
          popupMatchSelectWidth={false}
          style={{ width: 200 }}
        />
        <Select
          aria-label="状态"
          placeholder="全部状态"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={status}
          onChange={(value?: SearchFilters['status']) => update({ status: value })}
          options={STATUS_OPTIONS}
          style={{ width: 120 }}
        />
        <Button disabled={!filtered} onClick={() => navigate({ page: 'items', filters: {} })}>
          清除条件
        </Button>
      </Flex>
      {result.isError ? (
        <LoadError error={result.error} onRetry={() => void result.refetch()} />
      ) : (
        <ItemTable
          showSection
          bulk
          label="查询结果"
          items={result.data?.rows ?? []}
          loading={result.isFetching}
          emptyText={filtered ? '没有符合条件的事项，可以调整或清除查询条件' : '本年度计划还没有事项'}
          pagination={serverPaging(page, PAGE_SIZE, result.data?.total ?? 0, (next) => {
            update({ page: next });
            window.scrollTo({ top: 0 });
          })}
        />
      )}
    </>
  );
}
