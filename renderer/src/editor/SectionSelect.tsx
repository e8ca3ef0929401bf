import type { RefSelectProps } from 'antd';
import type { Ref } from 'react';
import { useApiMutation } from '../api/hooks';
import { CreatableSelect } from '../shared/CreatableSelect';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';

interface SectionSelectProps {
  id: string;
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  onBlur: () => void;
  ref?: Ref<RefSelectProps>;
}

/** 分类 of the current plan, optional; typing a new title offers to add it to the plan. */
export function SectionSelect(props: SectionSelectProps) {
  const { plan } = useCurrentPlan();
  const createSection = useApiMutation('sections.create');
  return (
    <CreatableSelect
      {...props}
      allowClear
      placeholder="无分类（可输入新分类名称）"
      options={plan.sections.map((s) => ({ value: s.id, label: s.title }))}
      createLabel="新增分类"
      onCreate={async (title) => {
        const section = await createSection.mutateAsync({ planId: plan.id, title });
        return { value: section.id, label: section.title };
      }}
    />
  );
}
