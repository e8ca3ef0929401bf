import { useState } from 'react';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';
import { usePlanMonths } from '../plan/usePlanMonths';
import { ItemForm } from './ItemForm';
import { newItemValues, type ItemPreset } from './itemFormValues';

interface NewItemFormProps {
  preset: ItemPreset;
  onDone: () => void;
  onCancel: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

/** A new item in the current plan, starting in the preset month (or the plan's current month). */
export function NewItemForm({ preset, ...formProps }: NewItemFormProps) {
  const { plan } = useCurrentPlan();
  const { defaultMonth } = usePlanMonths();
  const [initial] = useState(() => newItemValues(plan.id, { startMonth: preset.yearRound ? null : defaultMonth, ...preset }));
  return <ItemForm initial={initial} year={plan.year} {...formProps} />;
}
