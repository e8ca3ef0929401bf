import { Button, Typography } from 'antd';
import { useApiMutation } from '../api/hooks';
import { useCurrentUser } from '../auth/AuthGate';
import { busy } from '../shared/busy';

/** Who is signed in, and 退出登录 (which reloads, so no data of this user stays on screen). */
export function UserMenu() {
  const user = useCurrentUser();
  const logout = useApiMutation('auth.logout');
  if (!user) return null;
  return (
    <span className="user-menu">
      <Typography.Text>{user.displayName}</Typography.Text>
      <Button type="link" size="small" loading={busy(logout.isPending)} onClick={() => logout.mutate({}, { onSuccess: () => window.location.reload() })}>
        退出登录
      </Button>
    </span>
  );
}
