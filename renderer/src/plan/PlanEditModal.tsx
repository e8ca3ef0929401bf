import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Form, Input, Modal, Space, Typography } from 'antd';
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

/** 删除: asks again, and for the office's own plan has the administrator type its year, so a plan never goes by a slip of the mouse. */
function PlanDeleteModal({ plan, onDeleted, onClose }: { plan: PlanView; onDeleted: () => void; onClose: () => void }) {
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
    <Modal
      open
      title={`删除${plan.year}年度${plan.isSample ? '示例' : ''}计划？`}
      okText="删除"
      cancelText="取消"
      okButtonProps={{ danger: true, disabled: !confirmed, loading: busy(remove.isPending) }}
      onOk={() => void run()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Typography.Paragraph>
        {plan.isSample
          ? '示例计划只供熟悉用法，删除后不影响本单位的计划；需要时可在“开始新年度”中再次载入。'
          : `将删除“${plan.title}”及其 ${plan.itemCount} 项事项，连同进展、佐证材料登记、核验、延期和督查记录。删除前自动备份整个台账，需要时可在“设置 › 备份与恢复”中恢复。`}
      </Typography.Paragraph>
      {!plan.isSample && (
        <Input
          aria-label={`输入 ${plan.year} 确认删除`}
          placeholder={`请输入 ${plan.year} 确认删除`}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onPressEnter={() => confirmed && void run()}
        />
      )}
    </Modal>
  );
}

/** 计划信息: rename a plan and set its 制表单位; an administrator may also delete it. Ctrl+Enter saves. */
export function PlanEditModal({ plan, onClose }: { plan: PlanView; onClose: () => void }) {
  const { message } = App.useApp();
  const { isAdmin } = usePermissions();
  const [deleting, setDeleting] = useState(false);
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
      onCancel={onClose}
      destroyOnHidden
      footer={
        <div className="plan-edit-footer">
          {isAdmin && (
            <Button danger type="text" onClick={() => setDeleting(true)}>
              删除此计划…
            </Button>
          )}
          <Space className="plan-edit-actions">
            <Button onClick={onClose}>取消</Button>
            <Button type="primary" loading={busy(form.formState.isSubmitting)} onClick={() => void submit()}>
              保存
            </Button>
          </Space>
        </div>
      }
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
      {deleting && <PlanDeleteModal plan={plan} onDeleted={onClose} onClose={() => setDeleting(false)} />}
    </Modal>
  );
}
