import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs from 'dayjs';
import type { NoticeKind, NoticeParams } from './exportForms';

const KIND_OPTIONS: { value: NoticeKind; label: string }[] = [
  { value: 'supervise', label: '督办通知单' },
  { value: 'urge', label: '催办单' },
];

interface NoticeFieldsProps {
  value: NoticeParams;
  onChange: (patch: Partial<NoticeParams>) => void;
  /** Prefix of the control ids, unique on the page. */
  idPrefix: string;
}

/** What a notice says beyond its items: 通知单 or 催办单, 督办要求, 反馈时限. */
export function NoticeFields({ value, onChange, idPrefix }: NoticeFieldsProps) {
  return (
    <>
      <Form.Item label="文书">
        <Radio.Group
          aria-label="文书"
          optionType="button"
          options={KIND_OPTIONS}
          value={value.kind}
          onChange={(e) => onChange({ kind: e.target.value as NoticeKind })}
        />
      </Form.Item>
      <Form.Item label="督办要求" htmlFor={`${idPrefix}-requirement`} help="留空则使用标准表述">
        <Input.TextArea
          id={`${idPrefix}-requirement`}
          value={value.requirement}
          onChange={(e) => onChange({ requirement: e.target.value })}
          maxLength={1000}
          autoSize={{ minRows: 2, maxRows: 6 }}
          placeholder="如：请于反馈时限前报送办理情况及佐证材料"
        />
      </Form.Item>
      <Form.Item label="反馈时限" htmlFor={`${idPrefix}-feedback`} help="留空则为 5 个工作日后">
        <DatePicker
          id={`${idPrefix}-feedback`}
          value={value.feedbackDate ? dayjs(value.feedbackDate) : null}
          onChange={(date) => onChange({ feedbackDate: date ? date.format('YYYY-MM-DD') : undefined })}
          format="YYYY-MM-DD"
          style={{ width: '100%' }}
        />
      </Form.Item>
    </>
  );
}
