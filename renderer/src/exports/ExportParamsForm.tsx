import { Form, Radio, Select, Space } from 'antd';
import { ITEM_STATUSES, STATUS_LABELS, type ItemStatus } from '../../../core/domain/status';
import { MONTH_OPTIONS } from '../shared/monthOptions';
import type { ExportParams, NoticeParams, NoticeScope } from './exportForms';
import { ItemPicker } from './ItemPicker';
import { NoticeFields } from './NoticeFields';
import { PersonChoice } from './PersonChoice';

const STATUS_OPTIONS = ITEM_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));
const SCOPE_OPTIONS: { value: NoticeScope; label: string }[] = [
  { value: 'overdue', label: '全部逾期事项' },
  { value: 'owner', label: '一位责任人' },
  { value: 'item', label: '单个事项' },
];

interface ExportParamsFormProps {
  planId: number;
  params: ExportParams;
  onChange: (patch: Partial<ExportParams>) => void;
}

/** The choices the selected form needs: month, period, person, scope, file type. */
export function ExportParamsForm({ planId, params, onChange }: ExportParamsFormProps) {
  const notice = (patch: Partial<NoticeParams>) => onChange({ notice: { ...params.notice, ...patch } });
  switch (params.form) {
    case 'ledger':
    case 'csv':
      return (
        <>
          <Form.Item label="责任人" htmlFor="export-person" help="只导出该责任人主办或协办的事项">
            <PersonChoice id="export-person" value={params.personId} onChange={(personId) => onChange({ personId })} placeholder="全部责任人" />
          </Form.Item>
          <Form.Item label="状态" htmlFor="export-status">
            <Select<ItemStatus>
              id="export-status"
              value={params.status}
              onChange={(status) => onChange({ status: status ?? undefined })}
              allowClear
              placeholder="全部状态"
              options={STATUS_OPTIONS}
            />
          </Form.Item>
        </>
      );
    case 'month':
      return (
        <>
          <Form.Item label="月份" htmlFor="export-month">
            <Select<number> id="export-month" value={params.month} onChange={(month) => onChange({ month })} options={MONTH_OPTIONS} />
          </Form.Item>
          <Form.Item label="文件类型">
            <Radio.Group
              aria-label="文件类型"
              optionType="button"
              value={params.monthFormat}
              onChange={(e) => onChange({ monthFormat: e.target.value as ExportParams['monthFormat'] })}
              options={[
                { value: 'pdf', label: 'PDF（打印）' },
                { value: 'xlsx', label: 'Excel' },
              ]}
            />
          </Form.Item>
        </>
      );
    case 'report':
      return (
        <>
          <Form.Item label="通报期间" help="一个月时起止相同">
            <Space.Compact block>
              <Select<number>
                aria-label="起始月份"
                value={params.fromMonth}
                onChange={(fromMonth) => onChange({ fromMonth, toMonth: Math.max(fromMonth, params.toMonth) })}
                options={MONTH_OPTIONS}
                style={{ width: '50%' }}
              />
              <Select<number>
                aria-label="结束月份"
                value={params.toMonth}
                onChange={(toMonth) => onChange({ toMonth })}
                options={MONTH_OPTIONS.map((o) => ({ ...o, disabled: o.value < params.fromMonth }))}
                style={{ width: '50%' }}
              />
            </Space.Compact>
          </Form.Item>
          <Form.Item label="文件类型">
            <Radio.Group
              aria-label="文件类型"
              optionType="button"
              value={params.reportFormat}
              onChange={(e) => onChange({ reportFormat: e.target.value as ExportParams['reportFormat'] })}
              options={[
                { value: 'docx', label: 'Word' },
                { value: 'pdf', label: 'PDF' },
              ]}
            />
          </Form.Item>
        </>
      );
    case 'submission':
      return (
        <>
          <Form.Item label="报送期间">
            <Radio.Group
              aria-label="报送期间"
              optionType="button"
              value={params.period}
              onChange={(e) => onChange({ period: e.target.value as ExportParams['period'] })}
              options={[
                { value: 'h1', label: '上半年' },
                { value: 'year', label: '全年' },
              ]}
            />
          </Form.Item>
          <Form.Item label="文件类型">
            <Radio.Group
              aria-label="文件类型"
              value={params.submissionFormat}
              onChange={(e) => onChange({ submissionFormat: e.target.value as ExportParams['submissionFormat'] })}
              options={[
                { value: 'zip', label: '压缩包（报送材料 + 佐证材料 + 索引表）' },
                { value: 'docx', label: '仅报送材料（Word）' },
              ]}
              className="radio-column"
            />
          </Form.Item>
        </>
      );
    case 'notices':
      return (
        <>
          <Form.Item label="督办范围" help={params.notice.scope === 'overdue' ? '逾期未办结的事项，每位主办人一份' : undefined}>
            <Radio.Group
              aria-label="督办范围"
              optionType="button"
              value={params.notice.scope}
              onChange={(e) => notice({ scope: e.target.value as NoticeScope })}
              options={SCOPE_OPTIONS}
            />
          </Form.Item>
          {params.notice.scope === 'item' && (
            <Form.Item label="事项" htmlFor="export-notice-item" required>
              <ItemPicker id="export-notice-item" planId={planId} value={params.notice.itemId} onChange={(itemId) => notice({ itemId })} />
            </Form.Item>
          )}
          {params.notice.scope === 'owner' && (
            <Form.Item label="责任人" htmlFor="export-notice-person" required help="该责任人主办或协办的全部未办结事项，合为一份">
              <PersonChoice id="export-notice-person" value={params.notice.personId} onChange={(personId) => notice({ personId })} placeholder="选择责任人" />
            </Form.Item>
          )}
          <NoticeFields idPrefix="export-notice" value={params.notice} onChange={notice} />
        </>
      );
  }
}
