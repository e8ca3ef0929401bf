import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Form, Input, Modal, Select } from 'antd';
import { inspectionName } from '../../../core/domain/inspection-name';
import { onCtrlEnter } from '../shared/ctrlEnter';
import { useState } from 'react';
import { Controller, useForm, type DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../core/contract';
import type { ItemSummary } from '../../../core/contract/item';
import { ASSESSMENT_LABELS, ASSESSMENTS, type InspectionView } from '../../../core/contract/supervision';
import { useApiMutation } from '../api/hooks';
import { FormField } from '../shared/FormField';
import { IsoDatePicker } from '../supervision/IsoDatePicker';
import { ItemPicker } from './ItemPicker';

const schema = contract['findings.add'].input;
type FindingValues = z.input<typeof schema>;
const ASSESSMENT_OPTIONS = ASSESSMENTS.map((a) => ({ value: a, label: ASSESSMENT_LABELS[a] }));

/** The assessment an item's state suggests; the inspector can change it. */
function suggestedAssessment(item: ItemSummary): FindingValues['assessment'] {
  if (item.status === 'done') return 'done';
  if (item.status === 'not_started') return 'not_started';
  if (item.warning === 'lagging' || item.warning === 'overdue') return 'lagging';
  return 'on_track';
}

function blank(round: InspectionView): DefaultValues<FindingValues> {
  return { inspectionId: round.id, assessment: 'on_track', problem: '', requirement: '', rectifyBy: null };
}

interface FindingFormModalProps {
  round: InspectionView;
  onClose: () => void;
}

/** 添加督查意见 to a round: the item, its assessment, the problem, 整改要求 and 整改期限; 保存并继续 for the next item. */
export function FindingFormModal({ round, onClose }: FindingFormModalProps) {
  const { message } = App.useApp();
  const { control, handleSubmit, reset, setValue, setFocus, formState } = useForm<FindingValues, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: blank(round),
  });
  const add = useApiMutation('findings.add', { inlineError: true });
  const [serverError, setServerError] = useState<string | null>(null);
  const [pickerKey, setPickerKey] = useState(0);

  const save = (then: 'close' | 'next') =>
    handleSubmit(async (values) => {
      setServerError(null);
      try {
        await add.mutateAsync(values);
      } catch (error) {
        setServerError(`未保存：${(error as Error).message}`);
        return;
      }
      void message.success('已添加督查意见');
      if (then === 'close') return onClose();
      reset(blank(round));
      setPickerKey((k) => k + 1);
      requestAnimationFrame(() => document.getElementById('finding-item')?.focus());
    });

  return (
    <Modal
      open
      width={640}
      title={`添加督查意见：${inspectionName(round)}（${round.date}）`}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button key="next" onClick={() => void save('next')()} loading={formState.isSubmitting}>
          保存并继续添加
        </Button>,
        <Button key="save" type="primary" onClick={() => void save('close')()} loading={formState.isSubmitting}>
          保存
        </Button>,
      ]}
    >
      <div onKeyDown={onCtrlEnter(() => void save('close')())}>
        <Form layout="vertical" component={false}>
          {serverError && <Alert type="error" showIcon title={serverError} className="form-alert" />}
          <Controller
            control={control}
            name="itemId"
            render={({ field, fieldState }) => (
              <FormField label="事项" htmlFor="finding-item" error={fieldState.error && '请选择督查的事项'} required>
                <ItemPicker
                  key={pickerKey}
                  id="finding-item"
                  planId={round.planId}
                  month={round.month}
                  value={field.value}
                  status={fieldState.error ? 'error' : undefined}
                  onChange={(item) => {
                    field.onChange(item?.id);
                    if (item) {
                      setValue('assessment', suggestedAssessment(item));
                      setFocus('problem');
                    }
                  }}
                />
              </FormField>
            )}
          />
          <Controller
            control={control}
            name="assessment"
            render={({ field }) => (
              <FormField label="评定" htmlFor="finding-assessment" hint="选定事项后按其进度给出建议，可修改" required>
                <Select
                  id="finding-assessment"
                  value={field.value}
                  onChange={field.onChange}
                  options={ASSESSMENT_OPTIONS}
                  showSearch={{ optionFilterProp: 'label' }}
                  style={{ width: 200 }}
                />
              </FormField>
            )}
          />
          <Controller
            control={control}
            name="problem"
            render={({ field, fieldState }) => (
              <FormField label="存在问题" htmlFor="finding-problem" error={fieldState.error?.message}>
                <Input.TextArea id="finding-problem" {...field} maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
              </FormField>
            )}
          />
          <Controller
            control={control}
            name="requirement"
            render={({ field, fieldState }) => (
              <FormField label="整改要求" htmlFor="finding-requirement" error={fieldState.error?.message}>
                <Input.TextArea id="finding-requirement" {...field} maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
              </FormField>
            )}
          />
          <Controller
            control={control}
            name="rectifyBy"
            render={({ field, fieldState }) => (
              <FormField label="整改期限" htmlFor="finding-rectify-by" error={fieldState.error?.message}>
                <div style={{ width: 200 }}>
                  <IsoDatePicker id="finding-rectify-by" value={field.value} onChange={field.onChange} onBlur={field.onBlur} allowClear openOn={round.date} placeholder="选择日期" />
                </div>
              </FormField>
            )}
          />
        </Form>
      </div>
    </Modal>
  );
}
