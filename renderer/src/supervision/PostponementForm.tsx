import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Form, Input, Typography } from 'antd';
import dayjs from 'dayjs';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../core/contract';
import type { ItemDetail } from '../../../core/contract/item';
import { useApiMutation } from '../api/hooks';
import { FormField } from '../shared/FormField';
import { IsoDatePicker } from './IsoDatePicker';
import { useServerSubmit } from '../shared/useServerSubmit';
import { onCtrlEnter } from '../shared/ctrlEnter';
import { useFormDraft } from '../shared/drafts';

const schema = contract['postponements.request'].input;
type RequestValues = z.input<typeof schema>;

/** 申请延期: a later deadline and the reason (kept as a draft until sent); an adviser then approves or rejects it. Ctrl+Enter sends. */
export function PostponementForm({ item }: { item: ItemDetail }) {
  const { message } = App.useApp();
  const form = useForm<RequestValues, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { itemId: item.id, dueDate: '', reason: '' },
  });
  const { control, handleSubmit, reset, formState } = form;
  useFormDraft(form, `postponement:${item.id}`);
  const request = useApiMutation('postponements.request', { inlineError: true });
  const earliest = dayjs(item.dueDate).add(1, 'day').format('YYYY-MM-DD');

  const { submit, serverError } = useServerSubmit(
    handleSubmit,
    async (values) => {
      await request.mutateAsync(values);
      reset({ itemId: item.id, dueDate: '', reason: '' });
      void message.success('已提交延期申请，待指导老师审批');
    },
    '未提交：',
  );

  return (
    <form className="side-form" aria-label="申请延期" noValidate onSubmit={(event) => void submit(event)} onKeyDown={onCtrlEnter(() => void submit())}>
      <Form layout="vertical" component={false}>
        <Typography.Title level={5} className="section-title">
          申请延期
        </Typography.Title>
        <Typography.Paragraph type="secondary">当前完成时限 {item.dueDate}。指导老师批准后，完成时限改为申请的日期，原时限和延期次数留在记录中。</Typography.Paragraph>
        {serverError && <Alert type="error" showIcon title={serverError} className="form-alert" />}
        <Controller
          control={control}
          name="dueDate"
          render={({ field, fieldState }) => (
            <FormField label="申请延至" htmlFor="postpone-date" error={fieldState.error && '请选择新的完成时限'} required>
              <IsoDatePicker id="postpone-date" value={field.value || null} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} min={earliest} openOn={earliest} placeholder={`${earliest} 或以后`} />
            </FormField>
          )}
        />
        <Controller
          control={control}
          name="reason"
          render={({ field, fieldState }) => (
            <FormField label="延期原因" htmlFor="postpone-reason" error={fieldState.error?.message} required>
              <Input.TextArea id="postpone-reason" {...field} maxLength={1000} autoSize={{ minRows: 3, maxRows: 8 }} />
            </FormField>
          )}
        />
        <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
          提交延期申请
        </Button>
      </Form>
    </form>
  );
}
