import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../core/contract';
import type { InspectionView } from '../../../core/contract/supervision';
import { dateInPlanYear } from '../../../core/domain/plan-months';
import { inspectionName } from '../../../core/domain/inspection-name';
import { useApiMutation } from '../api/hooks';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';
import { usePlanMonths } from '../plan/usePlanMonths';
import { onCtrlEnter } from '../shared/ctrlEnter';
import { FormField } from '../shared/FormField';
import { useServerSubmit } from '../shared/useServerSubmit';
import { useToday } from '../shared/useToday';
import { IsoDatePicker } from '../supervision/IsoDatePicker';

const schema = contract['inspections.update'].input.omit({ id: true });
type InspectionValues = z.input<typeof schema>;

interface InspectionFormModalProps {
  /** The round to correct or rename; absent for a new one. */
  round?: InspectionView;
  month: number;
  inspector: string;
  /** Called with the saved round (after 新建, the page then offers to add its findings). */
  onSaved: (round: InspectionView) => void;
  onClose: () => void;
}

/**
 * 新建督查 or 编辑督查: the month inspected, a name of its own if wanted (专项督查…), the date (inside the
 * plan's year), who inspected and what was covered. Enter in a one-line field or Ctrl+Enter saves.
 */
export function InspectionFormModal({ round, month, inspector, onSaved, onClose }: InspectionFormModalProps) {
  const { message } = App.useApp();
  const { plan } = useCurrentPlan();
  const { options } = usePlanMonths();
  const today = useToday();
  const { control, handleSubmit, formState } = useForm<InspectionValues, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: round
      ? { month: round.month, title: round.title, date: round.date, inspector: round.inspector, scope: round.scope }
      : { month, title: '', date: dateInPlanYear(plan.year, today), inspector, scope: '' },
  });
  const create = useApiMutation('inspections.create', { inlineError: true });
  const update = useApiMutation('inspections.update', { inlineError: true });

  const { submit, serverError } = useServerSubmit(
    handleSubmit,
    async (values) => {
      const saved = round ? await update.mutateAsync({ id: round.id, ...values }) : await create.mutateAsync({ planId: plan.id, ...values });
      void message.success(round ? '已保存督查信息' : `已新建${inspectionName(saved)}`);
      onSaved(saved);
    },
    '未保存：',
  );

  return (
    <Modal
      open
      title={round ? `编辑督查：${inspectionName(round)}` : '新建督查'}
      okText="保存"
      cancelText="取消"
      onOk={() => void submit()}
      okButtonProps={{ loading: formState.isSubmitting }}
      onCancel={onClose}
      destroyOnHidden
    >
      <form onSubmit={(event) => void submit(event)} onKeyDown={onCtrlEnter(() => void submit())} noValidate>
        <Form layout="vertical" component={false}>
          {serverError && <Alert type="error" showIcon title={serverError} className="form-alert" />}
          <Row gutter={12}>
            <Col span={8}>
              <Controller
                control={control}
                name="month"
                render={({ field, fieldState }) => (
                  <FormField label="督查月份" htmlFor="inspection-month" error={fieldState.error?.message} required>
                    <Select id="inspection-month" value={field.value} onChange={field.onChange} options={options} showSearch={{ optionFilterProp: 'label' }} />
                  </FormField>
                )}
              />
            </Col>
            <Col span={16}>
              <Controller
                control={control}
                name="date"
                render={({ field, fieldState }) => (
                  <FormField label="督查日期" htmlFor="inspection-date" error={fieldState.error?.message} required>
                    <IsoDatePicker id="inspection-date" value={field.value} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} />
                  </FormField>
                )}
              />
            </Col>
          </Row>
          <Controller
            control={control}
            name="title"
            render={({ field, fieldState }) => (
              <FormField label="督查名称" htmlFor="inspection-title" error={fieldState.error?.message} hint="不填则称为“某月督查”">
                <Input id="inspection-title" {...field} value={field.value ?? ''} maxLength={60} placeholder="如：团建工作专项督查" />
              </FormField>
            )}
          />
          <Controller
            control={control}
            name="inspector"
            render={({ field, fieldState }) => (
              <FormField label="督查人" htmlFor="inspection-inspector" error={fieldState.error?.message} required>
                <Input id="inspection-inspector" {...field} maxLength={100} />
              </FormField>
            )}
          />
          <Controller
            control={control}
            name="scope"
            render={({ field, fieldState }) => (
              <FormField label="督查范围" htmlFor="inspection-scope" error={fieldState.error?.message}>
                <Input.TextArea id="inspection-scope" {...field} value={field.value ?? ''} maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} placeholder="如：3月计划事项及以前月份结转事项" />
              </FormField>
            )}
          />
          <button type="submit" hidden />
        </Form>
      </form>
    </Modal>
  );
}
