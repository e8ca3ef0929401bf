import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

interface IsoDatePickerProps {
  id?: string;
  /** YYYY-MM-DD, or null when empty. */
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  placeholder?: string;
  allowClear?: boolean;
  /** Dates outside [min, max] (YYYY-MM-DD, inclusive) cannot be picked. */
  min?: string;
  max?: string;
  /** The month an empty picker opens on (YYYY-MM-DD): the plan's year, not the machine's. */
  openOn?: string;
  status?: 'error';
}

/** A date field whose value is the contract's YYYY-MM-DD text. */
export function IsoDatePicker({ value, onChange, min, max, openOn, allowClear = false, ...rest }: IsoDatePickerProps) {
  const outside = (date: Dayjs) => (min !== undefined && date.isBefore(min, 'day')) || (max !== undefined && date.isAfter(max, 'day'));
  return (
    <DatePicker
      {...rest}
      value={value ? dayjs(value) : null}
      onChange={(date) => onChange(date ? date.format('YYYY-MM-DD') : null)}
      format="YYYY-MM-DD"
      allowClear={allowClear}
      defaultPickerValue={openOn ? dayjs(openOn) : undefined}
      disabledDate={min !== undefined || max !== undefined ? outside : undefined}
      style={{ width: '100%' }}
    />
  );
}
