import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Checkbox, Divider, Form, Radio, Typography } from 'antd';
import { Controller, FormProvider, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { contract } from '../../../core/contract';
import type { PlanView } from '../../../core/contract/plan';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { navigate, type Route } from '../router';
import { busy } from '../shared/busy';
import { onCtrlEnter } from '../shared/ctrlEnter';
import { FormField } from '../shared/FormField';
import { NumberInput } from '../shared/NumberInput';
import { useServerSubmit } from '../shared/useServerSubmit';
import { useToday } from '../shared/useToday';
import { PlanNameFields } from './PlanNameFields';

const WAYS = ['import', 'copy', 'empty'] as const;
type Way = (typeof WAYS)[number];

const schema = contract['plans.create'].input.extend({ way: z.enum(WAYS), carryOpen: z.boolean() });
type StartValues = z.input<typeof schema>;

const titleFor = (year: number | undefined) => `${year ?? ''}年度校团委工作纲要`;

/** The latest of the office's own plans before the year (the sample is no "last year"). */
function lastYearsPlan(plans: PlanView[], year: number): PlanView | undefined {
  return plans.filter((p) => !p.isSample && p.year < year).at(-1);
}

interface StartYearFormProps {
  /** Makes the new plan the current one (remembered for next time). */
  onStarted: (planId: number) => void;
}

/**
 * 开始本年度: the year, its name and 制表单位, and how its items come in — imported from the plan
 * document, copied from last year's plan (unfinished items carried over, 结转), or typed in from empty;
 * or first a look at the 示例 plan. Ctrl+Enter starts.
 */
export function StartYearForm({ onStarted }: StartYearFormProps) {
  const { message } = App.useApp();
  const today = useToday();
  const plans = useApiQuery('plans.list', {});
  const settings = useApiQuery('settings.get', {});
  const existing = plans.data ?? [];
  const thisYear = Number(today.slice(0, 4));
  // This year's plan already there: the next one is what is being started.
  const year0 = existing.some((p) => p.year === thisYear && !p.isSample) ? thisYear + 1 : thisYear;
  const form = useForm<StartValues, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    values: { year: year0, title: titleFor(year0), organization: settings.data?.organization ?? '校团委', way: 'import', carryOpen: true },
    resetOptions: { keepDirtyValues: true },
  });
  const { control, handleSubmit, getValues, setValue, formState } = form;
  const [year, way] = useWatch({ control, name: ['year', 'way'] });
  const last = lastYearsPlan(existing, year ?? thisYear);
  const sample = existing.find((p) => p.isSample);
  const create = useApiMutation('plans.create', { inlineError: true });
  const copy = useApiMutation('plans.copy', { inlineError: true });
  const update = useApiMutation('plans.update', { inlineError: true });
  const loadDemo = useApiMutation('demo.load', { inlineError: true });

  const open = (planId: number, route: Route, done: string) => {
    onStarted(planId);
    navigate(route);
    void message.success(done);
  };

  const { submit, serverError } = useServerSubmit(
    handleSubmit,
    async ({ way: chosen, carryOpen, ...plan }) => {
      if (chosen === 'copy') {
        if (!last) throw new Error('台账中还没有以前年度的计划可复制');
        const done = await copy.mutateAsync({ fromPlanId: last.id, year: plan.year, title: plan.title, keepOwners: true, carryOpen });
        if (plan.organization !== last.organization) await update.mutateAsync({ id: done.planId, ...plan });
        return open(done.planId, { page: 'board' }, `已复制${last.year}年度的 ${done.copied} 项${done.carried ? `，结转未办结事项 ${done.carried} 项` : ''}`);
      }
      const created = await create.mutateAsync(plan);
      if (chosen === 'import') open(created.id, { page: 'import' }, `已建立${plan.year}年度计划，请导入计划文件`);
      else open(created.id, { page: 'board' }, `已建立${plan.year}年度计划，可点击“新建事项”开始录入`);
    },
    '未建立：',
  );

  const showSample = async () => {
    if (sample) return open(sample.id, { page: 'board' }, '这是示例计划，可随意试用；不需要时管理员可在“计划信息”中删除');
    const loaded = await loadDemo.mutateAsync({}).catch((error: Error) => void message.error(error.message));
    if (loaded) open(loaded.planId, { page: 'board' }, `已载入${loaded.year}年示例计划`);
  };

  const wayOptions: { value: Way; title: string; hint: string; disabled?: boolean }[] = [
    { value: 'import', title: '导入计划文件', hint: '从 Word、Excel 或粘贴的文字中识别事项，核对后一次写入' },
    {
      value: 'copy',
      title: last ? `复制${last.year}年度计划` : '复制上一年度计划',
      hint: last ? `沿用“${last.title}”的分类、事项和责任人，完成时限顺延一年` : '台账中还没有以前年度的计划',
      disabled: !last,
    },
    { value: 'empty', title: '从空白开始', hint: '在年度总览或月度中逐项新建事项' },
  ];

  return (
    <FormProvider {...form}>
      <form aria-label="开始本年度" noValidate onSubmit={(event) => void submit(event)} onKeyDown={onCtrlEnter(() => void submit())}>
        <Form layout="vertical" component={false}>
          {serverError && <Alert type="error" showIcon title={serverError} className="form-alert" />}
          <PlanNameFields
            idPrefix="start"
            before={
              <Controller
                control={control}
                name="year"
                render={({ field, fieldState }) => (
                  <FormField label="年度" htmlFor="start-year" error={fieldState.error?.message} required>
                    <NumberInput
                      id="start-year"
                      ref={field.ref}
                      value={field.value}
                      onBlur={field.onBlur}
                      onChange={(next) => {
                        // The suggested name follows the year until the user writes their own.
                        if (getValues('title') === titleFor(field.value)) setValue('title', titleFor(next ?? undefined));
                        field.onChange(next ?? undefined);
                      }}
                      min={2000}
                      max={2100}
                      precision={0}
                      suffix="年"
                      style={{ width: 140 }}
                    />
                  </FormField>
                )}
              />
            }
          />
          <Controller
            control={control}
            name="way"
            render={({ field }) => (
              <FormField label="本年度的事项从哪里来">
                <Radio.Group className="start-ways" value={field.value} onChange={(e) => field.onChange(e.target.value)} aria-label="本年度的事项从哪里来">
                  {wayOptions.map((option) => (
                    <Radio key={option.value} value={option.value} disabled={option.disabled} className="start-way">
                      <span className="start-way-title">{option.title}</span>
                      <Typography.Text type="secondary" className="start-way-hint">
                        {option.hint}
                      </Typography.Text>
                    </Radio>
                  ))}
                </Radio.Group>
              </FormField>
            )}
          />
          {way === 'copy' && (
            <Controller
              control={control}
              name="carryOpen"
              render={({ field }) => (
                <FormField hint="上一年度尚未办结的事项另复制一份，注明“由上年结转”，可查看原事项的督办记录">
                  <Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)}>
                    结转未办结事项
                  </Checkbox>
                </FormField>
              )}
            />
          )}
          <Button type="primary" size="large" htmlType="submit" loading={busy(formState.isSubmitting)}>
            开始{year ?? ''}年度
          </Button>
          <Divider plain>或</Divider>
          <div className="start-sample">
            <Button onClick={() => void showSample()} loading={busy(loadDemo.isPending)}>
              {sample ? `查看示例计划（${sample.year}年）` : '先看看示例计划（2023年）'}
            </Button>
            <Typography.Text type="secondary">用一份真实的学院团委计划熟悉用法，标有“示例”，不需要时可以删除。</Typography.Text>
          </div>
        </Form>
      </form>
    </FormProvider>
  );
}
