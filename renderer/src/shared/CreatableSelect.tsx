import { Select, type RefSelectProps } from 'antd';
import { useState, type Ref } from 'react';

export interface CreatableOption {
  value: number;
  label: string;
  disabled?: boolean;
}

interface CreatableSelectProps {
  id?: string;
  'aria-label'?: string;
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  onBlur?: () => void;
  options: CreatableOption[];
  /** Verb of the extra option offered when the typed text matches nothing, e.g. 新增人员. */
  createLabel: string;
  /** Creates the record named by the typed text; rejects (after reporting) when the backend refuses. */
  onCreate: (text: string) => Promise<CreatableOption>;
  placeholder?: string;
  allowClear?: boolean;
  status?: 'error';
  className?: string;
  ref?: Ref<RefSelectProps>;
}

const CREATE = -1;

/**
 * A searchable select that can add what it does not find: type a name, and if nothing matches the
 * list ends with “新增人员“…””; Enter on it creates the record and selects it, without leaving the form.
 */
export function CreatableSelect({ options, createLabel, onCreate, onChange, value, ...rest }: CreatableSelectProps) {
  const [search, setSearch] = useState('');
  // Records created here, shown until the refreshed list brings them in.
  const [created, setCreated] = useState<CreatableOption[]>([]);
  const [creating, setCreating] = useState(false);
  const text = search.trim();
  const known = [...options, ...created.filter((c) => !options.some((o) => o.value === c.value))];
  const offer = text !== '' && !known.some((o) => o.label === text);
  const shown = offer ? [...known, { value: CREATE, label: `${createLabel}“${text}”` }] : known;

  const change = async (next: number | undefined) => {
    if (next !== CREATE) return onChange(next ?? null);
    if (creating) return;
    setCreating(true);
    try {
      const option = await onCreate(text);
      setCreated((list) => [...list, option]);
      setSearch('');
      onChange(option.value);
    } catch {
      // The write's error has been shown; the typed text stays for another try.
    } finally {
      setCreating(false);
    }
  };

  return (
    <Select<number, CreatableOption>
      {...rest}
      value={value ?? undefined}
      options={shown}
      loading={creating}
      onChange={(next) => void change(next)}
      showSearch={{
        searchValue: search,
        onSearch: setSearch,
        filterOption: (input, option) => option?.value === CREATE || (option?.label.includes(input.trim()) ?? false),
      }}
      notFoundContent={`输入名称后可直接${createLabel}`}
    />
  );
}
