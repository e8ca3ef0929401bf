import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Col, Form, Input, InputNumber, Row, Slider, Typography } from 'antd';
import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { z } from 'zod';
import { contract } from '../../../core/contract';
import { id } from '../../../core/contract/common';
import type { ItemDetail } from '../../../core/contract/item';
import { COMPARATOR_LABELS } from '../../../core/domain/roles';
import { useApiMutation } from '../api/hooks';
import { FormField } from '../shared/FormField';
import { uploadFiles } from './evidenceFiles';
import { FilePickButton } from './FilePickButton';
import { IsoDatePicker } from './IsoDatePicker';
import { PickedFiles } from './PickedFiles';
import { todayText } from './timeText';
import { useRecordEvidence } from './useRecordEvidence';

// The contract's schema; a target's actual may be left empty here (it is then not sent).
const schema = contract['progress.add'].input.extend({
  actuals: z.array(z.object({ targetId: id, actual: z.number().min(0, '实际值不能为负数').nullable() })),
});
type ProgressFormValues = z.input<typeof schema>;
type ProgressFormOutput = z.output<typeof schema>;

function initialValues(item: ItemDetail): ProgressFormValues {
  return {
    itemId: item.id,
    date: todayText(),
    text: '',
    percent: item.percent,
    actuals: item.targets.map((t) => ({ targetId: t.id, actual: t.actual })),
  };
}

/**
 * 记录进展: date (today), what was done, the percent reached, the targets' actual values and files. Files
 * are uploaded first, so a refused file (too large…) stops before anything is recorded and the form
 * keeps everything typed. Ctrl+Enter saves.
 */
export function ProgressForm({ item }: { item: ItemDetail }) {
  const { message } = App.useApp();
  const { control, handleSubmit, reset, formState } = useForm<ProgressFormValues, unknown, ProgressFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: initialValues(item),
  });
  const { fields } = useFieldArray({ control, name: 'actuals' });
  const add = useApiMutation('progress.add', { inlineError: true });
  const recordEvidence = useRecordEvidence();
  const [files, setFiles] = useState<File[]>([]);
  const [serverError, setServerError] = useState<string | null>(null);

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    let failures: string[];
    try {
      const uploaded = await uploadFiles(files);
      const entry = await add.mutateAsync({
        ...values,
        actuals: values.actuals.flatMap((a) => (a.actual == null ? [] : [{ targetId: a.targetId, actual: a.actual }])),
      });
      failures = await recordEvidence(item.id, entry.id, uploaded);
    } catch (error) {
      setServerError(`进展未记录：${(error as Error).message}`);
      return;
    }
    // Ready for the next entry: the percent and actuals just recorded stay as the starting point.
    reset({ ...values, date: todayText(), text: '' });
    setFiles([]);
    if (failures.length) setServerError(`进展已保存，但以下附件未能登记，请在“佐证材料”中重新上传：${failures.join('；')}`);
    else void message.success(files.length ? `已记录进展，附件 ${files.length} 个` : '已记录进展');
  });

  return (
    <form
      className="progress-form"
      aria-label="记录进展"
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
          event.preventDefault();
          void submit();
        }
      }}
    >
      <Form layout="vertical" component={false}>
        <Typography.Title level={5} className="section-title">
          记录进展
        </Typography.Title>
        {serverError && <Alert type="error" showIcon title={serverError} className="form-alert" />}
        <Row gutter={12}>
          <Col span={10}>
            <Controller
              control={control}
              name="date"
              render={({ field, fieldState }) => (
                <FormField label="日期" htmlFor="progress-date" error={fieldState.error?.message} required>
                  <IsoDatePicker id="progress-date" value={field.value} onChange={field.onChange} onBlur={field.onBlur} max={todayText()} />
                </FormField>
              )}
            />
          </Col>
          <Col span={14}>
            <Controller
              control={control}
              name="percent"
              render={({ field, fieldState }) => (
                <FormField label="完成比例" htmlFor="progress-percent" error={fieldState.error?.message}>
                  <div className="percent-field">
                    <Slider className="percent-slider" min={0} max={100} step={5} value={field.value ?? 0} onChange={field.onChange} aria-label="完成比例滑块" />
                    <InputNumber<number>
                      id="progress-percent"
                      min={0}
                      max={100}
                      precision={0}
                      value={field.value}
                      onChange={(value) => field.onChange(value ?? null)}
                      onBlur={field.onBlur}
                      suffix="%"
                      style={{ width: 88 }}
                    />
                  </div>
                </FormField>
              )}
            />
          </Col>
        </Row>
        <Controller
          control={control}
          name="text"
          render={({ field, fieldState }) => (
            <FormField label="进展情况" htmlFor="progress-text" error={fieldState.error?.message} required>
              <Input.TextArea
                id="progress-text"
                {...field}
                maxLength={4000}
                autoSize={{ minRows: 3, maxRows: 10 }}
                placeholder="做了什么、参与人数、下一步安排等"
              />
            </FormField>
          )}
        />
        {fields.map((row, index) => {
          const target = item.targets[index];
          return (
            <Controller
              key={row.id}
              control={control}
              name={`actuals.${index}.actual`}
              render={({ field, fieldState }) => (
                <FormField
                  label={`${target.label}实际值`}
                  htmlFor={`progress-actual-${target.id}`}
                  error={fieldState.error?.message}
                  hint={`目标：${COMPARATOR_LABELS[target.comparator]} ${target.value}${target.unit}`}
                >
                  <InputNumber<number>
                    id={`progress-actual-${target.id}`}
                    min={0}
                    value={field.value}
                    onChange={(value) => field.onChange(value ?? null)}
                    onBlur={field.onBlur}
                    suffix={target.unit || undefined}
                    style={{ width: 200 }}
                  />
                </FormField>
              )}
            />
          );
        })}
        <FormField label="照片及附件" hint="活动照片、签到表、总结等，单个文件不超过 50 MB">
          <div>
            <FilePickButton label="选择文件" onPick={(picked) => setFiles((list) => [...list, ...picked])} />
            <PickedFiles files={files} onRemove={(index) => setFiles((list) => list.filter((_, k) => k !== index))} />
          </div>
        </FormField>
        <div className="form-footer">
          <Typography.Text type="secondary" className="form-keys">
            Ctrl+Enter 保存
          </Typography.Text>
          <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
            保存进展
          </Button>
        </div>
      </Form>
    </form>
  );
}
