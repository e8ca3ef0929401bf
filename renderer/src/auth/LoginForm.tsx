import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Form, Input } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../core/contract';
import { useApiMutation } from '../api/hooks';
import { sessionRenewed } from '../api/session';
import { FormField } from '../shared/FormField';
import { lastUsername, rememberUsername } from './lastUsername';
import { busy } from '../shared/busy';
import { useInitialFocus } from '../shared/useInitialFocus';
import { useServerSubmit } from '../shared/useServerSubmit';

const schema = contract['auth.login'].input;
type LoginValues = z.input<typeof schema>;

/**
 * 用户名 + 密码; remembers the last user name so only the password needs typing next time. After a
 * session ran out (`sameUser`), the calls that waited go out again; if someone else signs in instead,
 * the page starts afresh so nothing of the previous user's stays on screen.
 */
export function LoginForm({ sameUser }: { sameUser?: string }) {
  const knownUsername = sameUser ?? lastUsername();
  const { control, handleSubmit, setFocus, formState } = useForm<LoginValues, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { username: knownUsername, password: '' },
  });
  const login = useApiMutation('auth.login', { inlineError: true });
  const { errors } = formState;
  useInitialFocus(() => setFocus(knownUsername ? 'password' : 'username'));

  const { submit, serverError } = useServerSubmit(handleSubmit, async (values) => {
    await login.mutateAsync(values);
    rememberUsername(values.username);
    if (sameUser !== undefined && values.username !== sameUser) window.location.reload();
    else sessionRenewed();
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Form layout="vertical" component={false}>
        {serverError && <Alert type="error" showIcon title={serverError} className="form-alert" />}
        <FormField label="用户名" htmlFor="login-username" error={errors.username?.message}>
          <Controller
            control={control}
            name="username"
            render={({ field }) => <Input id="login-username" autoComplete="username" {...field} />}
          />
        </FormField>
        <FormField label="密码" htmlFor="login-password" error={errors.password?.message}>
          <Controller
            control={control}
            name="password"
            render={({ field }) => (
              <Input.Password id="login-password" autoComplete="current-password" {...field} />
            )}
          />
        </FormField>
        <Button type="primary" htmlType="submit" block loading={busy(formState.isSubmitting)}>
          登录
        </Button>
      </Form>
    </form>
  );
}
