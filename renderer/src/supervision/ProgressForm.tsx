import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Col, Form, Input, Row, Slider, Typography } from 'antd';
import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { z } from 'zod';
import { contract } from '../../../core/contract';
import { id } from '../../../core/contract/common';
import type { ItemDetail } from '../../../core/contract/item';
import { COMPARATOR_LABELS } from '../../../core/domain/roles';
import { useApiMutation } from '../api/hooks';
import { FormField } from '../shared/FormField';
import { dateInPlanYear } from '../../../core/domain/plan-months';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';
import { onCtrlEnter } from '../shared/ctrlEnter';
import { useFormDraft } from '../shared/drafts';
import { useToday } from '../shared/useToday';
import { screenEvidenceFiles, uploadFiles } from './evidenceFiles';
import { FilePickButton } from './FilePickButton';
import { IsoDatePicker } from './IsoDatePicker';
import { PickedFiles } from './PickedFiles';
import { useRecordEvidence } from './useRecordEvidence';
import { NumberInput } from '../shared/NumberInput';

// The contract's schema; a target's actual may be left empty here (it is then not sent).
const schema = contract['progress.add'].input.extend({
  actuals: z.array(z.object({ targetId: id, actual: z.number().min(0, '实际值不能为负数').nullable() })),
});
type ProgressFormValues = z.input<typeof schema>;
type ProgressFormOutput = z.output<typeof schema>;

function initialValues(item: ItemDetail, date: string): ProgressFormValues {
  return {
    itemId: item.id,
    date,
    text: '',
    percent: item.percent,
    actuals: item.targets.map((t) => ({ targetId: t.id, actual: t.actual })),
  };
}

/**
 * 记录进展: date (today, or the nearest day of the plan's year), what was done, the percent reached, the
 * targets' actual values and files. Files are checked as they are picked and uploaded before anything is
 * recorded, so a refused file stops the save and the form keeps everything typed. What is typed is kept
 * as a draft while the user looks elsewhere. Ctrl+Enter saves.
 */
export function ProgressForm({ item }: { item: ItemDetail }) {
  const { message } = App.useApp();
  const { plans } = useCurrentPlan();
  const today = useToday();
  const year = plans.find((p) => p.id === item.planId)?.year ?? Number(today.slice(0, 4));
  // Progress cannot be dated after today, even in a plan for a coming year.
  const suggestedDate = [dateInPlanYear(year, today), today].sort()[0];
  const form = useForm<ProgressFormValues, unknown, ProgressFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: initialValues(item, suggestedDate),
  });
  const { control, handleSubmit, reset, formState } = form;
  useFormDraft(form, `progress:${item.id}`);
  const { fields } = useFieldArray({ control, name: 'actuals' });
  const add = useApiMutation('progress.add', { inlineError: true });
  const recordEvidence = useRecordEvidence();
  const [files, setFiles] = useState<File[]>([]);
  const [refused, setRefused] = useState<string[]>([]);
  const [serverError, setServerError] = useState<string | null>(null);

  const pick = async (picked: File[]) => {
    const { accepted, refused: notKept } = await screenEvidenceFiles(picked);
    setRefused(notKept);
    setFiles((list) => [...list, ...accepted]);
  };

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
    reset({ ...values, date: suggestedDate, text: '' });
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
      onKeyDown={onCtrlEnter(() => void submit())}
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
                  <IsoDatePicker id="progress-date" value={field.value} onChange={field.onChange} onBlur={field.onBlur} max={today} />
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
                    <NumberInput<number>
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
                  <NumberInput<number>
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
            {refused.length > 0 && (
              <Alert type="error" showIcon closable className="form-alert" title="以下文件未加入" description={refused.join('；')} onClose={() => setRefused([])} />
            )}
            <FilePickButton label="选择文件" onPick={(picked) => void pick(picked)} />
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
