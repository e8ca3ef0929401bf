import { zodResolver } from '@hookform/resolvers/zod';
import { Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { password } from '../../../core/contract/supervision';
import type { UserView } from '../../../core/contract/supervision';
import { useApiMutation } from '../api/hooks';
import { AccountModal } from './AccountModal';
import { PasswordFields } from './PasswordFields';
import { withPasswordConfirm } from './passwordConfirm';

const schema = withPasswordConfirm(z.object({ password }));
type ResetValues = z.input<typeof schema>;

/** 重置密码 of a user who forgot it; their open sessions end. */
export function PasswordResetModal({ user, onClose }: { user: UserView; onClose: () => void }) {
  const form = useForm<ResetValues, unknown, z.output<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { password: '', confirm: '' } });
  const update = useApiMutation('users.update', { inlineError: true });

  return (
    <AccountModal
      title={`重置密码：${user.displayName}（${user.username}）`}
      okText="重置密码"
      form={form}
      save={(values) => update.mutateAsync({ id: user.id, displayName: user.displayName, role: user.role, personId: user.personId, active: user.active, password: values.password })}
      done={() => `已重置“${user.displayName}”的密码`}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">重置后该账号已登录的窗口会退出，请将新密码当面告知本人。</Typography.Paragraph>
      <PasswordFields label="新密码" autoFocus />
    </AccountModal>
  );
}
