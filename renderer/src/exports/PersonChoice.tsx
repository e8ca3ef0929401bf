import { Select } from 'antd';
import { useApiQuery } from '../api/hooks';

interface PersonChoiceProps {
  id?: string;
  value?: number;
  onChange: (personId: number | undefined) => void;
  placeholder: string;
}

/** One person of the list by name (deactivated ones marked), or none. */
export function PersonChoice({ id, value, onChange, placeholder }: PersonChoiceProps) {
  const persons = useApiQuery('persons.list', { includeInactive: true });
  return (
    <Select<number>
      id={id}
      value={value}
      onChange={(next) => onChange(next ?? undefined)}
      allowClear
      placeholder={placeholder}
      loading={persons.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      options={(persons.data ?? []).map((p) => ({ value: p.id, label: p.active ? p.name : `${p.name}（已停用）` }))}
      style={{ width: '100%' }}
    />
  );
}
