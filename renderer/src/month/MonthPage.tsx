import { keepPreviousData } from '@tanstack/react-query';
import { Button, Segmented, Skeleton, Space, Typography, type TablePaginationConfig } from 'antd';
import { useState } from 'react';
import type { MonthView } from '../../../core/contract/item';
import { useApiQuery } from '../api/hooks';
import { serverPaging } from '../items/serverPaging';
import { useItemEditor } from '../editor/ItemEditorProvider';
import { MonthPrintButton } from '../exports/MonthPrintButton';
import { ItemTable } from '../items/ItemTable';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';
import { usePlanMonths } from '../plan/usePlanMonths';
import { navigate } from '../router';
import { LoadError } from '../shared/LoadError';
import { PageHeader } from '../shared/PageHeader';
import { SampleNotice } from '../plan/SampleNotice';
import { usePermissions } from '../supervision/usePermissions';

/** Rows per page of each list: three full pages stay well under a few thousand elements. */
export const MONTH_PAGE_SIZE = 20;

type ListName = keyof MonthView['totals'];
const FIRST_PAGES: Record<ListName, number> = { items: 1, carried: 1, keyTasks: 1 };

/** 月度: the month's items (its own, then year-round ones), the earlier items carried into it (结转) and the 主要任务. */
export function MonthPage({ month: chosen }: { month?: number }) {
  const { plan } = useCurrentPlan();
  const { newItem } = useItemEditor();
  const { canWrite } = usePermissions();
  const { defaultMonth, options } = usePlanMonths();
  const month = chosen ?? defaultMonth;
  // Each list is paged on the server; another month starts every list on its first page.
  const [paging, setPaging] = useState({ month, planId: plan.id, pages: FIRST_PAGES });
  const pages = paging.month === month && paging.planId === plan.id ? paging.pages : FIRST_PAGES;
  const view = useApiQuery(
    'items.month',
    { planId: plan.id, month, pageSize: MONTH_PAGE_SIZE, pages },
    { placeholderData: keepPreviousData },
  );
  const loading = view.isFetching && view.isPlaceholderData;
  const pagination = (name: ListName): TablePaginationConfig | false =>
    (view.data?.totals[name] ?? 0) > MONTH_PAGE_SIZE &&
    serverPaging(pages[name], MONTH_PAGE_SIZE, view.data?.totals[name] ?? 0, (page) => setPaging({ month, planId: plan.id, pages: { ...pages, [name]: page } }));

  return (
    <>
      <PageHeader
        title={`${plan.year}年${month}月工作`}
        description="本月事项含跨月事项和贯穿全年事项；以前月份到期仍未办结的事项列在“上月结转”中。"
        extra={
          <Space>
            <Segmented<number>
              aria-label="月份"
              value={month}
              options={options}
              onChange={(next) => navigate({ page: 'month', month: next })}
            />
            <MonthPrintButton planId={plan.id} month={month} />
          </Space>
        }
      />
      <SampleNotice />
      {view.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {view.isError && <LoadError error={view.error} onRetry={() => void view.refetch()} />}
      {view.data && (
        <>
          <section className="month-section" aria-label="本月事项">
            <Typography.Title level={5} className="section-title">
              本月事项 <Typography.Text type="secondary">{view.data.totals.items}项</Typography.Text>
            </Typography.Title>
            <ItemTable
              bulk
              label="本月事项"
              items={view.data.items}
              loading={loading}
              pagination={pagination('items')}
              emptyText={
                <div className="table-empty">
                  <div>{month}月没有安排事项</div>
                  {canWrite && (
                    <Button type="link" onClick={() => newItem({ startMonth: month })}>
                      新建{month}月事项
                    </Button>
                  )}
                </div>
              }
            />
          </section>
          <section className="month-section" aria-label="上月结转">
            <Typography.Title level={5} className="section-title">
              上月结转 <Typography.Text type="secondary">{view.data.totals.carried}项，以前月份的事项本月初仍未办结（含本月已办结的）</Typography.Text>
            </Typography.Title>
            <ItemTable
              bulk
              label="上月结转"
              items={view.data.carried}
              loading={loading}
              pagination={pagination('carried')}
              emptyText="没有需要结转的事项：以前月份的事项均已办结或中止"
            />
          </section>
          {view.data.totals.keyTasks > 0 && (
            <section className="month-section" aria-label="主要任务">
              <Typography.Title level={5} className="section-title">
                主要任务 <Typography.Text type="secondary">{view.data.totals.keyTasks}项，全年推进</Typography.Text>
              </Typography.Title>
              <ItemTable items={view.data.keyTasks} loading={loading} pagination={pagination('keyTasks')} emptyText="" />
            </section>
          )}
        </>
      )}
    </>
  );
}
