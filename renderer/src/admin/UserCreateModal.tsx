import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { Controller, FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../core/contract';
import type { PersonView } from '../../../core/contract/person';
import { useApiMutation } from '../api/hooks';
import { FormField } from '../shared/FormField';
import { AccountFields } from './AccountFields';
import { PasswordFields } from './PasswordFields';
import { withPasswordConfirm } from './passwordConfirm';

const schema = withPasswordConfirm(contract['users.create'].input);
type CreateValues = z.input<typeof schema>;

/** 新增账号: user name, name, role, initial password (told to the person, who may have it reset later). */
export function UserCreateModal({ persons, onClose }: { persons: PersonView[]; onClose: () => void }) {
  const { message } = App.useApp();
  const form = useForm<CreateValues, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { username: '', displayName: '', role: 'clerk', password: '', confirm: '', personId: null },
  });
  const create = useApiMutation('users.create', { inlineError: true });
  const [serverError, setServerError] = useState<string | null>(null);

  const submit = form.handleSubmit(async ({ confirm: _confirm, ...account }) => {
    setServerError(null);
    try {
      await create.mutateAsync(account);
    } catch (error) {
      setServerError(`未保存：${(error as Error).message}`);
      return;
    }
    void message.success(`已新增账号“${account.username}”`);
    onClose();
  });

  return (
    <Modal
      open
      title="新增账号"
      okText="保存"
      cancelText="取消"
      onOk={() => void submit()}
      okButtonProps={{ loading: form.formState.isSubmitting }}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormProvider {...form}>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Form layout="vertical" component={false}>
            {serverError && <Alert type="error" showIcon title={serverError} className="form-alert" />}
            <Controller
              control={form.control}
              name="username"
              render={({ field, fieldState }) => (
                <FormField label="用户名" htmlFor="account-username" error={fieldState.error?.message} hint="登录时使用，可用字母、数字或汉字" required>
                  <Input id="account-username" autoFocus autoComplete="off" {...field} maxLength={40} />
                </FormField>
              )}
            />
            <AccountFields persons={persons} />
            <PasswordFields label="初始密码" />
            <button type="submit" hidden />
          </Form>
        </form>
      </FormProvider>
    </Modal>
  );
}
