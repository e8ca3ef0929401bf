import { Input } from 'antd';
import { Controller, useFormContext } from 'react-hook-form';
import { FormField } from '../shared/FormField';

/** 密码 and 确认密码 of a form whose schema went through withPasswordConfirm. */
export function PasswordFields({ label, autoFocus }: { label: string; autoFocus?: boolean }) {
  const { control } = useFormContext<{ password: string; confirm: string }>();
  return (
    <>
      <Controller
        control={control}
        name="password"
        render={({ field, fieldState }) => (
          <FormField label={label} htmlFor="account-password" error={fieldState.error?.message} hint="至少8位" required>
            <Input.Password id="account-password" autoComplete="new-password" autoFocus={autoFocus} {...field} />
          </FormField>
        )}
      />
      <Controller
        control={control}
        name="confirm"
        render={({ field, fieldState }) => (
          <FormField label="确认密码" htmlFor="account-confirm" error={fieldState.error?.message} required>
            <Input.Password id="account-confirm" autoComplete="new-password" {...field} />
          </FormField>
        )}
      />
    </>
  );
}
