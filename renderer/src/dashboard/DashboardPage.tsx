import { keepPreviousData } from '@tanstack/react-query';
import { Card, Col, Row, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../api/hooks';
import { serverPaging } from '../items/serverPaging';
import { ItemTable } from '../items/ItemTable';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';
import { navigate } from '../router';
import { LoadError } from '../shared/LoadError';
import { usePlanMonths } from '../plan/usePlanMonths';
import { PageHeader } from '../shared/PageHeader';
import { SampleNotice } from '../plan/SampleNotice';
import { usePermissions } from '../supervision/usePermissions';
import { CompletionSummary } from './CompletionSummary';
import { CountCard } from './CountCard';
import { DASHBOARD_LIST_INFO, DASHBOARD_LISTS, type DashboardList } from './dashboardLists';
import { MonthChart } from './MonthChart';
import { RateTable } from './RateTable';
import './dashboard.css';

const LIST_PAGE_SIZE = 10;

interface DashboardPageProps {
  /** The month 本月事项 counts (default: this month, within the plan's year). */
  month?: number;
  list?: DashboardList;
}

/**
 * 首页: the counts that need someone (本月事项, 逾期, 待核验, 临期, 滞后), each opening its list; then how
 * complete the plan is, by month, owner and section. Advisers open on their 待核验 queue.
 */
export function DashboardPage({ month, list }: DashboardPageProps) {
  const { plan } = useCurrentPlan();
  const { defaultMonth, options } = usePlanMonths();
  const { canVerify } = usePermissions();
  // The page of the shown list; another list, month or plan starts on the first page.
  const [paging, setPaging] = useState({ key: '', page: 1 });
  const pagingKey = `${plan.id}/${month}/${list}`;
  const page = paging.key === pagingKey ? paging.page : 1;
  // The month is always sent, so the 首页 opens on the same month as every other page.
  const view = useApiQuery(
    'dashboard.get',
    { planId: plan.id, month: month ?? defaultMonth, list, page, pageSize: LIST_PAGE_SIZE },
    { placeholderData: keepPreviousData },
  );
  const data = view.data;
  // Without a list in the address the server chose one (待核验 for those who verify, when it has items).
  const shown: DashboardList = data?.list ?? list ?? 'thisMonth';
  const info = DASHBOARD_LIST_INFO[shown];
  const listTitle = shown === 'thisMonth' ? `${data?.month ?? month}月事项` : `${info.label}事项`;

  return (
    <>
      <PageHeader
        title={`${plan.year}年度督办总览`}
        description={data && `今天是 ${data.today}。点击上方数字查看对应事项；点击事项进入督办。`}
        extra={
          <span className="dashboard-month">
            <label htmlFor="dashboard-month">本月事项按</label>
            <Select
              id="dashboard-month"
              value={data?.month ?? month}
              options={options}
              showSearch={{ optionFilterProp: 'label' }}
              onChange={(next: number) => navigate({ page: 'home', month: next, list })}
              style={{ width: 90 }}
            />
          </span>
        }
      />
      <SampleNotice />
      {view.isPending && <Skeleton active paragraph={{ rows: 10 }} />}
      {view.isError && <LoadError error={view.error} onRetry={() => void view.refetch()} />}
      {data && (
        <div className="dashboard">
          <div className="count-cards" role="group" aria-label="督办统计">
            {DASHBOARD_LISTS.map((key) => (
              <CountCard
                key={key}
                list={key}
                count={data.counts[key]}
                selected={key === shown}
                emphasized={key === 'pendingReview' && canVerify}
                onSelect={() => navigate({ page: 'home', month, list: key })}
              />
            ))}
          </div>

          <section className="dashboard-panel" aria-label={listTitle}>
            <Typography.Title level={5} className="section-title">
              {listTitle}
              <Typography.Text type="secondary">
                {data.counts[shown]}项 · {info.hint}
              </Typography.Text>
            </Typography.Title>
            <ItemTable
              key={shown}
              showSection
              items={data.rows}
              loading={view.isFetching && view.isPlaceholderData}
              onOpen={(item) => navigate({ page: 'item', id: item.id })}
              emptyText={`没有${listTitle}`}
              pagination={{ ...serverPaging(page, LIST_PAGE_SIZE, data.counts[shown], (next) => setPaging({ key: pagingKey, page: next })), hideOnSinglePage: true }}
            />
          </section>

          <Row gutter={[16, 16]}>
            <Col span={8}>
              <Card title="完成情况" size="small" className="dashboard-card">
                <CompletionSummary totals={data.totals} />
              </Card>
            </Col>
            <Col span={16}>
              <Card title="按月完成情况" size="small" className="dashboard-card" extra={<span className="chart-legend"><i className="legend-done" />已办结<i className="legend-total" />未办结</span>}>
                <MonthChart rows={data.byMonth} />
              </Card>
            </Col>
            <Col span={12}>
              <Card title="按责任人" size="small" className="dashboard-card">
                <RateTable rows={data.byOwner} nameTitle="责任人" />
              </Card>
            </Col>
            <Col span={12}>
              <Card title="按分类" size="small" className="dashboard-card">
                <RateTable rows={data.bySection} nameTitle="分类" />
              </Card>
            </Col>
          </Row>
        </div>
      )}
    </>
  );
}
