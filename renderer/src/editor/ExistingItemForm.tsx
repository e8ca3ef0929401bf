import { Spin } from 'antd';
import { useApiQuery } from '../api/hooks';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';
import { LoadError } from '../shared/LoadError';
import { useToday } from '../shared/useToday';
import { ItemForm } from './ItemForm';
import { itemFormValues } from './itemFormValues';

interface ExistingItemFormProps {
  id: number;
  onDone: () => void;
  onCancel: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

/** Loads an item, then edits it; later refreshes of the item do not overwrite what is being typed. */
export function ExistingItemForm({ id, ...formProps }: ExistingItemFormProps) {
  const { plans } = useCurrentPlan();
  const item = useApiQuery('items.get', { id });
  const today = useToday();
  if (item.data) {
    const year = plans.find((p) => p.id === item.data.planId)?.year ?? Number(today.slice(0, 4));
    return <ItemForm initial={itemFormValues(item.data)} item={item.data} year={year} {...formProps} />;
  }
  if (item.isError) return <LoadError error={item.error} onRetry={() => void item.refetch()} />;
  return <Spin className="drawer-spin" />;
}
