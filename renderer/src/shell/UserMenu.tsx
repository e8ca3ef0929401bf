import { Button, Typography } from 'antd';
import { useApiMutation } from '../api/hooks';
import { useCurrentUser } from '../auth/AuthGate';
import { busy } from '../shared/busy';

/**
 * Who is signed in, and 退出登录: the page starts afresh without an address, so no data of this user stays
 * on screen and the next user lands on their own first page.
 */
export function UserMenu() {
  const user = useCurrentUser();
  const logout = useApiMutation('auth.logout');
  if (!user) return null;
  return (
    <span className="user-menu">
      <Typography.Text>{user.displayName}</Typography.Text>
      <Button type="link" size="small" loading={busy(logout.isPending)} onClick={() => logout.mutate({}, { onSuccess: () => window.location.replace(window.location.pathname) })}>
        退出登录
      </Button>
    </span>
  );
}
