import { Button, Empty, Flex, Select, Skeleton } from 'antd';
import { useState } from 'react';
import type { InspectionView } from '../../../core/contract/supervision';
import { useApiQuery } from '../api/hooks';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';
import { usePlanMonths } from '../plan/usePlanMonths';
import { navigate } from '../router';
import { LoadError } from '../shared/LoadError';
import { PageHeader } from '../shared/PageHeader';
import { usePermissions } from '../supervision/usePermissions';
import { FindingFormModal } from './FindingFormModal';
import { InspectionFormModal } from './InspectionFormModal';
import { InspectionRound } from './InspectionRound';
import './inspections.css';

/** 督查: the plan's 督查 rounds (newest first, optionally one month's), their findings, and recording new ones. */
export function InspectionsPage({ month }: { month?: number }) {
  const { plan } = useCurrentPlan();
  const { defaultMonth, options } = usePlanMonths();
  const { canWrite, user } = usePermissions();
  const rounds = useApiQuery('inspections.list', { planId: plan.id, month });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<InspectionView | null>(null);
  const [addingTo, setAddingTo] = useState<InspectionView | null>(null);

  return (
    <>
      <PageHeader
        title="督查"
        description="按月督查计划落实情况，逐项记录评定、存在问题和整改要求；承办人在事项的“督查意见”中填写整改情况并销号。"
        extra={
          <Flex gap={12} align="center">
            <Select
              aria-label="督查月份"
              placeholder="全部月份"
              allowClear
              value={month}
              onChange={(next?: number) => navigate({ page: 'inspections', month: next })}
              options={options}
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 120 }}
            />
            {canWrite && (
              <Button type="primary" onClick={() => setCreating(true)}>
                新建督查
              </Button>
            )}
          </Flex>
        }
      />
      {rounds.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {rounds.isError && <LoadError error={rounds.error} onRetry={() => void rounds.refetch()} />}
      {rounds.data?.length === 0 && (
        <Empty className="inspections-empty" description={month ? `${month}月还没有督查记录` : `${plan.year}年度还没有督查记录`}>
          {canWrite && (
            <Button type="primary" onClick={() => setCreating(true)}>
              新建督查
            </Button>
          )}
        </Empty>
      )}
      <div className="inspection-rounds">
        {rounds.data?.map((round) => (
          <InspectionRound key={round.id} round={round} onAddFinding={canWrite ? () => setAddingTo(round) : undefined} onEdit={canWrite ? () => setEditing(round) : undefined} />
        ))}
      </div>
      {creating && (
        <InspectionFormModal
          month={month ?? defaultMonth}
          inspector={user?.displayName ?? ''}
          onSaved={(round) => {
            setCreating(false);
            setAddingTo(round);
          }}
          onClose={() => setCreating(false)}
        />
      )}
      {editing && (
        <InspectionFormModal round={editing} month={editing.month} inspector={editing.inspector} onSaved={() => setEditing(null)} onClose={() => setEditing(null)} />
      )}
      {addingTo && <FindingFormModal round={addingTo} onClose={() => setAddingTo(null)} />}
    </>
  );
}
