import { zodResolver } from '@hookform/resolvers/zod';
import { Input } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../core/contract';
import type { PersonView } from '../../../core/contract/person';
import { useApiMutation } from '../api/hooks';
import { FormField } from '../shared/FormField';
import { AccountFields } from './AccountFields';
import { AccountModal } from './AccountModal';
import { PasswordFields } from './PasswordFields';
import { withPasswordConfirm } from './passwordConfirm';

const schema = withPasswordConfirm(contract['users.create'].input);
type CreateValues = z.input<typeof schema>;

/** 新增账号: user name, name, role, initial password (told to the person, who may have it reset later). */
export function UserCreateModal({ persons, onClose }: { persons: PersonView[]; onClose: () => void }) {
  const form = useForm<CreateValues, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { username: '', displayName: '', role: 'clerk', password: '', confirm: '', personId: null },
  });
  const create = useApiMutation('users.create', { inlineError: true });

  return (
    <AccountModal
      title="新增账号"
      form={form}
      save={({ confirm: _confirm, ...account }) => create.mutateAsync(account)}
      done={(account) => `已新增账号“${account.username}”`}
      onClose={onClose}
    >
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
    </AccountModal>
  );
}
