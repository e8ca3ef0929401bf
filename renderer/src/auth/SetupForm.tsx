import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Form, Input } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { contract } from '../../../core/contract';
import { useApiMutation } from '../api/hooks';
import { FormField } from '../shared/FormField';
import { rememberUsername } from './lastUsername';
import { busy } from '../shared/busy';
import { useServerSubmit } from '../shared/useServerSubmit';

// The contract's own schema, plus the retyped password that only the form needs.
const schema = contract['auth.setup'].input
  .extend({ confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: '两次输入的密码不一致' });
type SetupValues = z.input<typeof schema>;

/** First start: the office creates its administrator account. */
export function SetupForm() {
  const { control, handleSubmit, formState } = useForm<SetupValues, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { username: 'admin', displayName: '', password: '', confirm: '' },
  });
  const setup = useApiMutation('auth.setup', { inlineError: true });
  const { errors } = formState;

  const { submit, serverError } = useServerSubmit(handleSubmit, async ({ confirm: _confirm, ...account }) => {
    await setup.mutateAsync(account);
    rememberUsername(account.username);
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Form layout="vertical" component={false}>
        {serverError && <Alert type="error" showIcon title={serverError} className="form-alert" />}
        <FormField label="用户名" htmlFor="setup-username" error={errors.username?.message} hint="登录时使用，可用字母、数字或汉字" required>
          <Controller control={control} name="username" render={({ field }) => <Input id="setup-username" autoComplete="username" {...field} />} />
        </FormField>
        <FormField label="姓名" htmlFor="setup-name" error={errors.displayName?.message} required>
          <Controller control={control} name="displayName" render={({ field }) => <Input id="setup-name" autoFocus {...field} />} />
        </FormField>
        <FormField label="密码" htmlFor="setup-password" error={errors.password?.message} hint="至少8位" required>
          <Controller
            control={control}
            name="password"
            render={({ field }) => <Input.Password id="setup-password" autoComplete="new-password" {...field} />}
          />
        </FormField>
        <FormField label="确认密码" htmlFor="setup-confirm" error={errors.confirm?.message} required>
          <Controller
            control={control}
            name="confirm"
            render={({ field }) => <Input.Password id="setup-confirm" autoComplete="new-password" {...field} />}
          />
        </FormField>
        <Button type="primary" htmlType="submit" block loading={busy(formState.isSubmitting)}>
          创建管理员并登录
        </Button>
      </Form>
    </form>
  );
}
