import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { z } from 'zod';
import { password } from '../../../core/contract/supervision';
import type { UserView } from '../../../core/contract/supervision';
import { useApiMutation } from '../api/hooks';
import { PasswordFields } from './PasswordFields';
import { withPasswordConfirm } from './passwordConfirm';

const schema = withPasswordConfirm(z.object({ password }));
type ResetValues = z.input<typeof schema>;

/** 重置密码 of a user who forgot it; their open sessions end. */
export function PasswordResetModal({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { message } = App.useApp();
  const form = useForm<ResetValues, unknown, z.output<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { password: '', confirm: '' } });
  const update = useApiMutation('users.update', { inlineError: true });
  const [serverError, setServerError] = useState<string | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setServerError(null);
    try {
      await update.mutateAsync({ id: user.id, displayName: user.displayName, role: user.role, personId: user.personId, active: user.active, password: values.password });
    } catch (error) {
      setServerError(`未保存：${(error as Error).message}`);
      return;
    }
    void message.success(`已重置“${user.displayName}”的密码`);
    onClose();
  });

  return (
    <Modal
      open
      title={`重置密码：${user.displayName}（${user.username}）`}
      okText="重置密码"
      cancelText="取消"
      onOk={() => void submit()}
      okButtonProps={{ loading: form.formState.isSubmitting }}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormProvider {...form}>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Form layout="vertical" component={false}>
            <Typography.Paragraph type="secondary">重置后该账号已登录的窗口会退出，请将新密码当面告知本人。</Typography.Paragraph>
            {serverError && <Alert type="error" showIcon title={serverError} className="form-alert" />}
            <PasswordFields label="新密码" autoFocus />
            <button type="submit" hidden />
          </Form>
        </form>
      </FormProvider>
    </Modal>
  );
}
