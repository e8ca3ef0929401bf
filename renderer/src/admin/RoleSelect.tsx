import { Select, Typography } from 'antd';
import type { UserRole } from '../../../core/domain/roles';
import { ROLE_OPTIONS } from './roles';

interface RoleSelectProps {
  id: string;
  value: UserRole;
  onChange: (role: UserRole) => void;
}

/** 角色, each option saying what the role may do. */
export function RoleSelect({ id, value, onChange }: RoleSelectProps) {
  return (
    <Select<UserRole, (typeof ROLE_OPTIONS)[number]>
      id={id}
      value={value}
      onChange={onChange}
      options={ROLE_OPTIONS}
      optionRender={(option) => (
        <div>
          <div>{option.data.label}</div>
          <Typography.Text type="secondary" className="role-duty">
            {option.data.duty}
          </Typography.Text>
        </div>
      )}
    />
  );
}
