import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Form, Input, InputNumber, Space } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../core/contract';
import type { PlanInput, PlanView } from '../../../core/contract/plan';
import { useApiMutation } from '../api/hooks';
import { FormField } from '../shared/FormField';
import { busy } from '../shared/busy';
import { useServerSubmit } from '../shared/useServerSubmit';

const schema = contract['plans.create'].input;
type PlanFormValues = z.input<typeof schema>;

const titleFor = (year: number | undefined) => `${year ?? ''}年度校团委工作纲要`;

interface PlanFormProps {
  onCreated: (plan: PlanView) => void;
  onCancel?: () => void;
}

/** 新建年度计划: year (default this year), title and issuing unit. */
export function PlanForm({ onCreated, onCancel }: PlanFormProps) {
  const thisYear = new Date().getFullYear();
  const { control, handleSubmit, getValues, setValue, formState } = useForm<PlanFormValues, unknown, PlanInput>({
    resolver: zodResolver(schema),
    defaultValues: { year: thisYear, title: titleFor(thisYear), organization: '校团委' },
  });
  const create = useApiMutation('plans.create', { inlineError: true });
  const { errors } = formState;

  const { submit, serverError } = useServerSubmit(handleSubmit, async (values) => onCreated(await create.mutateAsync(values)));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Form layout="vertical" component={false}>
        {serverError && <Alert type="error" showIcon title={serverError} className="form-alert" />}
        <FormField label="年度" htmlFor="plan-year" error={errors.year?.message} required>
          <Controller
            control={control}
            name="year"
            render={({ field }) => (
              <InputNumber
                id="plan-year"
                ref={field.ref}
                value={field.value}
                onBlur={field.onBlur}
                onChange={(year) => {
                  // Keep the suggested title in step with the year until the user writes their own.
                  if (getValues('title') === titleFor(field.value)) setValue('title', titleFor(year ?? undefined));
                  field.onChange(year ?? undefined);
                }}
                min={2000}
                max={2100}
                precision={0}
                suffix="年"
                style={{ width: 160 }}
              />
            )}
          />
        </FormField>
        <FormField label="计划名称" htmlFor="plan-title" error={errors.title?.message} required>
          <Controller
            control={control}
            name="title"
            render={({ field }) => <Input id="plan-title" {...field} maxLength={200} />}
          />
        </FormField>
        <FormField label="制表单位" htmlFor="plan-organization" error={errors.organization?.message}>
          <Controller
            control={control}
            name="organization"
            render={({ field }) => <Input id="plan-organization" {...field} maxLength={100} />}
          />
        </FormField>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy(formState.isSubmitting)}>
            新建年度计划
          </Button>
          {onCancel && <Button onClick={onCancel}>取消</Button>}
        </Space>
      </Form>
    </form>
  );
}
