import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../core/contract';
import type { InspectionView } from '../../../core/contract/supervision';
import { useApiMutation } from '../api/hooks';
import { FormField } from '../shared/FormField';
import { MONTH_OPTIONS } from '../shared/monthOptions';
import { IsoDatePicker } from '../supervision/IsoDatePicker';
import { todayText } from '../supervision/timeText';
import { useServerSubmit } from '../shared/useServerSubmit';

const schema = contract['inspections.create'].input;
type InspectionValues = z.input<typeof schema>;

interface InspectionFormModalProps {
  planId: number;
  month: number;
  inspector: string;
  /** Called with the new round (the page then offers to add its findings). */
  onCreated: (round: InspectionView) => void;
  onClose: () => void;
}

/** 新建督查: the month inspected, the date, who inspected and what was covered. Enter in a one-line field saves. */
export function InspectionFormModal({ planId, month, inspector, onCreated, onClose }: InspectionFormModalProps) {
  const { message } = App.useApp();
  const { control, handleSubmit, formState } = useForm<InspectionValues, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { planId, month, date: todayText(), inspector, scope: '' },
  });
  const create = useApiMutation('inspections.create', { inlineError: true });

  const { submit, serverError } = useServerSubmit(
    handleSubmit,
    async (values) => {
      const round = await create.mutateAsync(values);
      void message.success(`已新建${values.month}月督查`);
      onCreated(round);
    },
    '未保存：',
  );

  return (
    <Modal
      open
      title="新建督查"
      okText="保存"
      cancelText="取消"
      onOk={() => void submit()}
      okButtonProps={{ loading: formState.isSubmitting }}
      onCancel={onClose}
      destroyOnHidden
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Form layout="vertical" component={false}>
          {serverError && <Alert type="error" showIcon title={serverError} className="form-alert" />}
          <Row gutter={12}>
            <Col span={8}>
              <Controller
                control={control}
                name="month"
                render={({ field, fieldState }) => (
                  <FormField label="督查月份" htmlFor="inspection-month" error={fieldState.error?.message} required>
                    <Select id="inspection-month" value={field.value} onChange={field.onChange} options={MONTH_OPTIONS} showSearch={{ optionFilterProp: 'label' }} />
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
                <Input.TextArea id="inspection-scope" {...field} maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} placeholder="如：3月计划事项及以前月份结转事项" />
              </FormField>
            )}
          />
          <button type="submit" hidden />
        </Form>
      </form>
    </Modal>
  );
}
