import { Breadcrumb, Button, Empty, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import type { PersonItemGroup } from '../../../core/contract/item';
import { useApiQuery } from '../api/hooks';
import { AllItemsModal } from '../items/AllItemsModal';
import { ItemTable } from '../items/ItemTable';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';
import { hrefOf } from '../router';
import { LoadError } from '../shared/LoadError';
import { PageHeader } from '../shared/PageHeader';

/** Items shown per period; “查看全部” lists the rest of a period, paged. */
export const PERSON_GROUP_ROWS = 5;

/** One person's items in the current plan, grouped by period (主要任务 first when they have some). */
export function PersonItemsPage({ personId }: { personId: number }) {
  const { plan } = useCurrentPlan();
  const view = useApiQuery('persons.items', { personId, planId: plan.id, perGroup: PERSON_GROUP_ROWS });
  const [allOf, setAllOf] = useState<PersonItemGroup | null>(null);
  const person = view.data?.person;
  const total = view.data?.groups.reduce((n, g) => n + g.total, 0) ?? 0;
  const role = person && [person.title, person.department].filter(Boolean).join(' · ');

  return (
    <>
      <Breadcrumb items={[{ title: <a href={hrefOf({ page: 'persons' })}>责任人</a> }, { title: person?.name ?? '…' }]} />
      <PageHeader
        title={person ? `${person.name}的事项` : '责任人的事项'}
        description={person && `${role ? `${role}；` : ''}${plan.year}年度共 ${total} 项${person.active ? '' : '（该人员已停用）'}`}
      />
      {view.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {view.isError && <LoadError error={view.error} onRetry={() => void view.refetch()} />}
      {view.data && view.data.groups.length === 0 && (
        <Empty description={`${view.data.person.name}在${plan.year}年度计划中没有承办的事项`} />
      )}
      {view.data?.groups.map((group) => (
        <section key={group.period} className="month-section" aria-label={group.period}>
          <Typography.Title level={5} className="section-title">
            {group.period} <Typography.Text type="secondary">{group.total}项</Typography.Text>
          </Typography.Title>
          <ItemTable items={group.items} emptyText="无" />
          {group.total > group.items.length && (
            <Button type="link" onClick={() => setAllOf(group)}>
              查看全部 {group.total} 项
            </Button>
          )}
        </section>
      ))}
      {allOf && person && (
        <AllItemsModal
          title={`${person.name} · ${allOf.period}`}
          filter={{ planId: plan.id, personId, isKey: allOf.isKey, span: allOf.isKey ? undefined : allOf.span }}
          onClose={() => setAllOf(null)}
        />
      )}
    </>
  );
}
