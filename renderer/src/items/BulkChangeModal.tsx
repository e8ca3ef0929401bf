import { Alert, Form, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import type { BulkChange } from '../../../core/contract/item';
import { dateInPlanYear } from '../../../core/domain/plan-months';
import { useApiQuery } from '../api/hooks';
import { PersonSelect } from '../editor/PersonSelect';
import { SectionSelect } from '../editor/SectionSelect';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';
import { onCtrlEnter } from '../shared/ctrlEnter';
import { FormField } from '../shared/FormField';
import { useToday } from '../shared/useToday';
import { IsoDatePicker } from '../supervision/IsoDatePicker';

export type BulkField = 'owners' | 'section' | 'dueDate';

const TITLES: Record<BulkField, string> = { owners: '指定责任人', section: '设置分类', dueDate: '设置完成时限' };

interface BulkChangeModalProps {
  field: BulkField;
  count: number;
  /** Sends the change; a refusal keeps the dialog open with the backend's message. */
  onSubmit: (change: BulkChange) => Promise<void>;
  onClose: () => void;
}

/** The one value to give all the chosen items: their owners, their section or their deadline. Ctrl+Enter applies. */
export function BulkChangeModal({ field, count, onSubmit, onClose }: BulkChangeModalProps) {
  const { plan } = useCurrentPlan();
  const today = useToday();
  const persons = useApiQuery('persons.list', { includeInactive: false });
  const [lead, setLead] = useState<number | null>(null);
  const [assists, setAssists] = useState<number[]>([]);
  const [mode, setMode] = useState<'replace' | 'add'>('replace');
  const [sectionId, setSectionId] = useState<number | null>(null);
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const change = (): BulkChange | string => {
    if (field === 'owners') return lead == null && assists.length === 0 ? '请选择主办或协办' : { kind: 'owners', lead, assists, mode };
    if (field === 'section') return { kind: 'section', sectionId };
    return { kind: 'dueDate', dueDate };
  };

  const apply = async () => {
    const next = change();
    if (typeof next === 'string') return setError(next);
    setError(null);
    setBusy(true);
    try {
      await onSubmit(next);
      onClose();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const personOptions = (persons.data ?? []).map((p) => ({ value: p.id, label: p.name, disabled: p.id === lead }));
  return (
    <Modal open title={`${TITLES[field]}（已选 ${count} 项）`} okText={TITLES[field]} cancelText="取消" okButtonProps={{ loading: busy }} onOk={() => void apply()} onCancel={onClose} destroyOnHidden>
      <div onKeyDown={onCtrlEnter(() => void apply())}>
        <Form layout="vertical" component={false}>
          {error && <Alert type="error" showIcon title={error} className="form-alert" />}
          {field === 'owners' && (
            <>
              <FormField label="主办">
                <PersonSelect aria-label="主办" persons={persons.data ?? []} taken={new Set(assists)} value={lead} onChange={setLead} onBlur={() => undefined} />
              </FormField>
              <FormField label="协办" htmlFor="bulk-assists">
                <Select<number[]>
                  id="bulk-assists"
                  mode="multiple"
                  placeholder="可选多人"
                  value={assists}
                  onChange={setAssists}
                  options={personOptions}
                  showSearch={{ optionFilterProp: 'label' }}
                />
              </FormField>
              <FormField label="原有责任人">
                <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)}>
                  <Radio value="replace">替换为以上人员</Radio>
                  <Radio value="add">保留，并加入以上人员</Radio>
                </Radio.Group>
              </FormField>
            </>
          )}
          {field === 'section' && (
            <FormField label="分类" htmlFor="bulk-section" hint="不选即为无分类">
              <SectionSelect id="bulk-section" value={sectionId} onChange={setSectionId} onBlur={() => undefined} />
            </FormField>
          )}
          {field === 'dueDate' && (
            <FormField label="完成时限" htmlFor="bulk-due" hint="不填则恢复为各事项结束月份的最后一天">
              <IsoDatePicker id="bulk-due" value={dueDate} onChange={setDueDate} allowClear openOn={dateInPlanYear(plan.year, today)} placeholder="选择日期" />
            </FormField>
          )}
        </Form>
      </div>
    </Modal>
  );
}
