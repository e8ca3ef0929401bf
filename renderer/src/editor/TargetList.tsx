import { Button, Flex, Input, Select, Typography } from 'antd';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import type { ItemFormValues } from '../../../core/contract/item';
import { COMPARATOR_LABELS, COMPARATORS } from '../../../core/domain/roles';
import { FormField } from '../shared/FormField';
import { usePermissions } from '../supervision/usePermissions';
import type { TargetValues } from './itemFormValues';
import { NumberInput } from '../shared/NumberInput';

const COMPARATOR_OPTIONS = COMPARATORS.map((c) => ({ value: c, label: COMPARATOR_LABELS[c] }));

/** 量化指标: rows of name, comparison, target value and unit (e.g. 培训人数 不少于 2500 人次). */
export function TargetList() {
  const { control, formState } = useFormContext<ItemFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'targets' });
  const errors = formState.errors.targets;
  const { canWrite } = usePermissions();

  const add = () =>
    // The value stays empty until typed; the schema asks for it before saving.
    append({ label: '', comparator: '>=', unit: '' } as TargetValues, { focusName: `targets.${fields.length}.label` });

  return (
    <FormField label="量化指标" error={errors?.message ?? errors?.root?.message}>
      <div className="field-rows">
        {fields.length === 0 && <Typography.Text type="secondary">没有量化指标</Typography.Text>}
        {fields.map((row, index) => {
          const n = index + 1;
          return (
            <Flex key={row.id} gap={8} align="start">
              <Controller
                control={control}
                name={`targets.${index}.label`}
                render={({ field, fieldState }) => (
                  <FormField className="target-label-field" error={fieldState.error?.message}>
                    <Input aria-label={`指标${n}名称`} placeholder="指标名称，如 培训人数" {...field} />
                  </FormField>
                )}
              />
              <Controller
                control={control}
                name={`targets.${index}.comparator`}
                render={({ field, fieldState }) => (
                  <FormField error={fieldState.error?.message}>
                    <Select
                      aria-label={`指标${n}比较方式`}
                      ref={field.ref}
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      options={COMPARATOR_OPTIONS}
                      className="target-comparator"
                    />
                  </FormField>
                )}
              />
              <Controller
                control={control}
                name={`targets.${index}.value`}
                render={({ field, fieldState }) => (
                  <FormField error={fieldState.error?.message}>
                    <NumberInput<number>
                      aria-label={`指标${n}目标值`}
                      placeholder="目标值"
                      ref={field.ref}
                      value={field.value}
                      onChange={(value) => field.onChange(value ?? undefined)}
                      onBlur={field.onBlur}
                      min={0}
                      className="target-value"
                    />
                  </FormField>
                )}
              />
              <Controller
                control={control}
                name={`targets.${index}.unit`}
                render={({ field, fieldState }) => (
                  <FormField error={fieldState.error?.message}>
                    <Input aria-label={`指标${n}单位`} placeholder="单位，如 人次" className="target-unit" {...field} />
                  </FormField>
                )}
              />
              {canWrite && (
                <Button aria-label={`移除指标${n}`} onClick={() => remove(index)}>
                  移除
                </Button>
              )}
            </Flex>
          );
        })}
        {canWrite && (
          <div>
            <Button type="dashed" onClick={add}>
              添加量化指标
            </Button>
          </div>
        )}
      </div>
    </FormField>
  );
}
