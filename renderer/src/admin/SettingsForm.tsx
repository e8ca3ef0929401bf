import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Col, Form, Input, Row, Switch } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import { settingsInput, type SettingsView } from '../../../core/contract/supervision';
import { useApiMutation } from '../api/hooks';
import { FormField } from '../shared/FormField';
import { useServerSubmit } from '../shared/useServerSubmit';
import { NumberInput } from '../shared/NumberInput';

/** 预警与销号 settings and 制表单位, for the administrator; 保存 is enabled once something changed. */
export function SettingsForm({ settings }: { settings: SettingsView }) {
  const { message } = App.useApp();
  const { control, handleSubmit, reset, formState } = useForm<SettingsView>({ resolver: zodResolver(settingsInput), defaultValues: settings });
  const update = useApiMutation('settings.update', { inlineError: true });

  const { submit, serverError } = useServerSubmit(
    handleSubmit,
    async (values) => {
      reset(await update.mutateAsync(values));
      void message.success('已保存设置');
    },
    '未保存：',
  );

  const number = (name: 'lagThresholdPct' | 'dueSoonWorkingDays', label: string, unit: string, max: number, hint: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormField label={label} htmlFor={`setting-${name}`} error={fieldState.error && `请填写0至${max}之间的整数`} hint={hint} required>
          <NumberInput<number>
            id={`setting-${name}`}
            min={0}
            max={max}
            precision={0}
            value={field.value}
            onChange={(value) => field.onChange(value ?? undefined)}
            onBlur={field.onBlur}
            suffix={unit}
            style={{ width: 180 }}
          />
        </FormField>
      )}
    />
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="预警与销号设置">
      <Form layout="vertical" component={false}>
        {serverError && <Alert type="error" showIcon title={serverError} className="form-alert" />}
        <Row gutter={24}>
          <Col span={8}>{number('lagThresholdPct', '滞后预警阈值', '个百分点', 100, '实际进度落后序时进度超过此值即为“滞后”')}</Col>
          <Col span={8}>{number('dueSoonWorkingDays', '临期预警', '个工作日', 60, '距完成时限不超过此工作日数即为“临期”（按法定节假日和调休计算）')}</Col>
          <Col span={8}>
            <Controller
              control={control}
              name="requireEvidenceToClose"
              render={({ field }) => (
                <FormField label="销号须有佐证材料" htmlFor="setting-evidence" hint="开启后，没有佐证材料的事项不能核验销号">
                  <Switch id="setting-evidence" checked={field.value} onChange={field.onChange} checkedChildren="须有" unCheckedChildren="不限" />
                </FormField>
              )}
            />
          </Col>
        </Row>
        <Controller
          control={control}
          name="startupReminder"
          render={({ field }) => (
            <FormField label="登录时提醒临期、逾期事项" htmlFor="setting-reminder" hint="桌面版登录后，以系统通知提示本人负责（未关联责任人时为全部）的逾期、临期事项数">
              <Switch id="setting-reminder" checked={field.value} onChange={field.onChange} checkedChildren="提醒" unCheckedChildren="关闭" />
            </FormField>
          )}
        />
        <Controller
          control={control}
          name="organization"
          render={({ field, fieldState }) => (
            <FormField label="制表单位" htmlFor="setting-organization" error={fieldState.error?.message} hint="导出台账和报表时的落款">
              <Input id="setting-organization" {...field} maxLength={100} style={{ maxWidth: 420 }} />
            </FormField>
          )}
        />
        <Button type="primary" htmlType="submit" disabled={!formState.isDirty} loading={formState.isSubmitting}>
          保存设置
        </Button>
      </Form>
    </form>
  );
}
