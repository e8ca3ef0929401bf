import { Checkbox, Col, DatePicker, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import type { ItemFormValues } from '../../../core/contract/item';
import { effectiveDueDate } from '../../../core/domain/months';
import { MONTH_OPTIONS } from '../shared/monthOptions';
import { FormField } from '../shared/FormField';

/** 时间: start and end month, or 贯穿全年; and the optional exact deadline (完成时限). */
export function ItemSpanFields({ year }: { year: number }) {
  const { control } = useFormContext<ItemFormValues>();
  const [yearRound, startMonth, endMonth] = useWatch({ control, name: ['yearRound', 'startMonth', 'endMonth'] });
  const span = { yearRound: yearRound ?? false, startMonth: startMonth ?? null, endMonth: endMonth ?? null };
  const defaultDue = effectiveDueDate(year, span, null);

  return (
    <Row gutter={12} align="top">
      <Col span={5}>
        <Controller
          control={control}
          name="startMonth"
          render={({ field, fieldState }) => (
            <FormField label="开始月份" htmlFor="item-start-month" error={fieldState.error?.message} required={!yearRound}>
              <Select
                id="item-start-month"
                ref={field.ref}
                value={field.value ?? undefined}
                onChange={(value) => field.onChange(value ?? null)}
                onBlur={field.onBlur}
                options={MONTH_OPTIONS}
                disabled={yearRound || undefined}
                placeholder="选择月份"
                showSearch={{ optionFilterProp: 'label' }}
              />
            </FormField>
          )}
        />
      </Col>
      <Col span={5}>
        <Controller
          control={control}
          name="endMonth"
          render={({ field, fieldState }) => (
            <FormField label="结束月份" htmlFor="item-end-month" error={fieldState.error?.message}>
              <Select
                id="item-end-month"
                ref={field.ref}
                value={field.value ?? undefined}
                onChange={(value) => field.onChange(value ?? null)}
                onBlur={field.onBlur}
                options={MONTH_OPTIONS}
                disabled={yearRound || undefined}
                allowClear
                placeholder="同开始月份"
                showSearch={{ optionFilterProp: 'label' }}
              />
            </FormField>
          )}
        />
      </Col>
      <Col span={5}>
        <Controller
          control={control}
          name="yearRound"
          render={({ field }) => (
            <FormField label=" " className="checkbox-field">
              <Checkbox ref={field.ref} checked={field.value} onChange={(e) => field.onChange(e.target.checked)} onBlur={field.onBlur}>
                贯穿全年
              </Checkbox>
            </FormField>
          )}
        />
      </Col>
      <Col span={9}>
        <Controller
          control={control}
          name="dueDate"
          render={({ field, fieldState }) => (
            <FormField label="完成时限" htmlFor="item-due-date" error={fieldState.error?.message} hint="默认为结束月份最后一天">
              <DatePicker
                id="item-due-date"
                ref={field.ref}
                value={field.value ? dayjs(field.value) : null}
                onChange={(date) => field.onChange(date ? date.format('YYYY-MM-DD') : null)}
                onBlur={field.onBlur}
                format="YYYY-MM-DD"
                placeholder={`默认 ${defaultDue}`}
                defaultPickerValue={dayjs(defaultDue)}
                style={{ width: '100%' }}
              />
            </FormField>
          )}
        />
      </Col>
    </Row>
  );
}
