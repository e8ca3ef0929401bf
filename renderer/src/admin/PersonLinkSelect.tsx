import { Select } from 'antd';
import type { PersonView } from '../../../core/contract/person';

interface PersonLinkSelectProps {
  id: string;
  persons: PersonView[];
  value: number | null | undefined;
  onChange: (personId: number | null) => void;
}

/** 关联责任人: the person of the plan this account acts for (optional). */
export function PersonLinkSelect({ id, persons, value, onChange }: PersonLinkSelectProps) {
  return (
    <Select<number>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange(next ?? null)}
      allowClear
      placeholder="不关联"
      showSearch={{ optionFilterProp: 'label' }}
      options={persons.filter((p) => p.active || p.id === value).map((p) => ({ value: p.id, label: p.active ? p.name : `${p.name}（已停用）` }))}
    />
  );
}
