import { Flex, Input } from 'antd';
import type { ReactNode } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { FormField } from '../shared/FormField';

/**
 * 计划名称 and 制表单位 (the issuing unit printed on every form), inside a react-hook-form form; `before`
 * goes on the name's row (the 年度 when a plan is started).
 */
export function PlanNameFields({ idPrefix, before }: { idPrefix: string; before?: ReactNode }) {
  const { control } = useFormContext<{ title: string; organization?: string }>();
  return (
    <>
      <Flex gap={12}>
        {before}
        <Controller
          control={control}
          name="title"
          render={({ field, fieldState }) => (
            <FormField label="计划名称" htmlFor={`${idPrefix}-title`} error={fieldState.error?.message} required className="plan-title-field">
              <Input id={`${idPrefix}-title`} {...field} maxLength={200} />
            </FormField>
          )}
        />
      </Flex>
      <Controller
        control={control}
        name="organization"
        render={({ field, fieldState }) => (
          <FormField label="制表单位" htmlFor={`${idPrefix}-organization`} error={fieldState.error?.message} hint="印在导出的台账、通报等报表上">
            <Input id={`${idPrefix}-organization`} {...field} value={field.value ?? ''} maxLength={100} />
          </FormField>
        )}
      />
    </>
  );
}
