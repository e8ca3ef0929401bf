import { zodResolver } from '@hookform/resolvers/zod';
import { Switch } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../core/contract';
import type { PersonView } from '../../../core/contract/person';
import type { UserView } from '../../../core/contract/supervision';
import { useApiMutation } from '../api/hooks';
import { FormField } from '../shared/FormField';
import { AccountFields } from './AccountFields';
import { AccountModal } from './AccountModal';

const schema = contract['users.update'].input;
type EditValues = z.input<typeof schema>;

/** 编辑账号: name, role, linked person, and 启用 (a disabled account cannot sign in; its records stay). */
export function UserEditModal({ user, persons, onClose }: { user: UserView; persons: PersonView[]; onClose: () => void }) {
  const form = useForm<EditValues, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { id: user.id, displayName: user.displayName, role: user.role, personId: user.personId, active: user.active },
  });
  const update = useApiMutation('users.update', { inlineError: true });

  return (
    <AccountModal title={`编辑账号：${user.username}`} form={form} save={(values) => update.mutateAsync(values)} done={() => `已保存账号“${user.username}”`} onClose={onClose}>
      <AccountFields persons={persons} />
      <Controller
        control={form.control}
        name="active"
        render={({ field }) => (
          <FormField label="启用" htmlFor="account-active" hint="停用后不能登录，已有记录保留">
            <Switch id="account-active" checked={field.value} onChange={field.onChange} checkedChildren="启用" unCheckedChildren="停用" />
          </FormField>
        )}
      />
    </AccountModal>
  );
}
