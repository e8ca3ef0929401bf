import { Input } from 'antd';
import { Controller, useFormContext } from 'react-hook-form';
import type { PersonView } from '../../../core/contract/person';
import type { UserRole } from '../../../core/domain/roles';
import { FormField } from '../shared/FormField';
import { PersonLinkSelect } from './PersonLinkSelect';
import { RoleSelect } from './RoleSelect';

interface AccountFieldValues {
  displayName: string;
  role: UserRole;
  personId?: number | null;
}

/** 姓名, 角色 and 关联责任人, shared by adding and editing an account. */
export function AccountFields({ persons }: { persons: PersonView[] }) {
  const { control } = useFormContext<AccountFieldValues>();
  return (
    <>
      <Controller
        control={control}
        name="displayName"
        render={({ field, fieldState }) => (
          <FormField label="姓名" htmlFor="account-name" error={fieldState.error?.message} hint="记录进展、核验时显示的名字" required>
            <Input id="account-name" {...field} maxLength={40} />
          </FormField>
        )}
      />
      <Controller
        control={control}
        name="role"
        render={({ field }) => (
          <FormField label="角色" htmlFor="account-role" required>
            <RoleSelect id="account-role" value={field.value} onChange={field.onChange} />
          </FormField>
        )}
      />
      <Controller
        control={control}
        name="personId"
        render={({ field }) => (
          <FormField label="关联责任人" htmlFor="account-person" hint="该账号本人在计划中的责任人记录（可不填）">
            <PersonLinkSelect id="account-person" persons={persons} value={field.value} onChange={field.onChange} />
          </FormField>
        )}
      />
    </>
  );
}
