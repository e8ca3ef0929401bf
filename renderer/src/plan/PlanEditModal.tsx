import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Divider, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../core/contract';
import type { PlanView } from '../../../core/contract/plan';
import { useApiMutation } from '../api/hooks';
import { busy } from '../shared/busy';
import { onCtrlEnter } from '../shared/ctrlEnter';
import { useServerSubmit } from '../shared/useServerSubmit';
import { usePermissions } from '../supervision/usePermissions';
import { PlanNameFields } from './PlanNameFields';

const schema = contract['plans.update'].input;
type PlanValues = z.input<typeof schema>;

/** 删除: the administrator types the year, so a plan never goes by a slip of the mouse. */
function DeletePlan({ plan, onDeleted }: { plan: PlanView; onDeleted: () => void }) {
  const { message } = App.useApp();
  const remove = useApiMutation('plans.delete', { inlineError: true });
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const confirmed = plan.isSample || typed.trim() === String(plan.year);
  const run = async () => {
    setError(null);
    try {
      await remove.mutateAsync({ id: plan.id });
    } catch (failure) {
      return setError((failure as Error).message);
    }
    void message.success(`已删除${plan.year}年度${plan.isSample ? '示例' : ''}计划`);
    onDeleted();
  };
  return (
    <section aria-label="删除计划" className="plan-delete">
      <Typography.Text strong>删除{plan.isSample ? '示例' : '此'}计划</Typography.Text>
      <Typography.Paragraph type="secondary">
        {plan.isSample
          ? '示例计划只供熟悉用法，删除后不影响本单位的计划；需要时可在“开始新年度”中再次载入。'
          : `将删除${plan.year}年度计划及其 ${plan.itemCount} 项事项，连同进展、佐证材料登记、核验、延期和督查记录，不可恢复。`}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Space>
        {!plan.isSample && (
          <Input aria-label={`输入 ${plan.year} 确认删除`} placeholder={`输入 ${plan.year} 确认`} value={typed} onChange={(e) => setTyped(e.target.value)} style={{ width: 160 }} />
        )}
        <Button danger disabled={!confirmed} loading={busy(remove.isPending)} onClick={() => void run()}>
          删除{plan.year}年度{plan.isSample ? '示例' : ''}计划
        </Button>
      </Space>
    </section>
  );
}

/** 计划信息: rename a plan and set its 制表单位; an administrator may also delete it. Ctrl+Enter saves. */
export function PlanEditModal({ plan, onClose }: { plan: PlanView; onClose: () => void }) {
  const { message } = App.useApp();
  const { isAdmin } = usePermissions();
  const form = useForm<PlanValues, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { id: plan.id, year: plan.year, title: plan.title, organization: plan.organization },
  });
  const update = useApiMutation('plans.update', { inlineError: true });
  const { submit, serverError } = useServerSubmit(
    form.handleSubmit,
    async (values) => {
      await update.mutateAsync(values);
      void message.success('已保存计划信息');
      onClose();
    },
    '未保存：',
  );
  return (
    <Modal
      open
      title={`${plan.year}年度计划信息`}
      okText="保存"
      cancelText="取消"
      onOk={() => void submit()}
      okButtonProps={{ loading: busy(form.formState.isSubmitting) }}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormProvider {...form}>
        <form aria-label="计划信息" noValidate onSubmit={(event) => void submit(event)} onKeyDown={onCtrlEnter(() => void submit())}>
          <Form layout="vertical" component={false}>
            {serverError && <Alert type="error" showIcon title={serverError} className="form-alert" />}
            <PlanNameFields idPrefix="plan-edit" />
            <button type="submit" hidden />
          </Form>
        </form>
      </FormProvider>
      {isAdmin && (
        <>
          <Divider />
          <DeletePlan plan={plan} onDeleted={onClose} />
        </>
      )}
    </Modal>
  );
}
