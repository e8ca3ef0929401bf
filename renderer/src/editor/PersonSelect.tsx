import type { RefSelectProps } from 'antd';
import type { Ref } from 'react';
import type { PersonView } from '../../../core/contract/person';
import { useApiMutation } from '../api/hooks';
import { CreatableSelect } from '../shared/CreatableSelect';

interface PersonSelectProps {
  'aria-label': string;
  persons: PersonView[];
  /** Persons already chosen in other rows of the same item. */
  taken: Set<number>;
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  onBlur: () => void;
  status?: 'error';
  ref?: Ref<RefSelectProps>;
}

/** One owner: active persons by name (a deactivated one only if already chosen); a new name is added on the spot. */
export function PersonSelect({ persons, taken, ...props }: PersonSelectProps) {
  const createPerson = useApiMutation('persons.create');
  const options = persons
    .filter((p) => p.active || p.id === props.value)
    .map((p) => ({
      value: p.id,
      label: p.active ? p.name : `${p.name}（已停用）`,
      disabled: taken.has(p.id),
    }));
  return (
    <CreatableSelect
      {...props}
      className="owner-person"
      placeholder="输入姓名搜索"
      options={options}
      createLabel="新增人员"
      onCreate={async (name) => {
        const person = await createPerson.mutateAsync({ name });
        return { value: person.id, label: person.name };
      }}
    />
  );
}
