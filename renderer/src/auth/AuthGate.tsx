import { Modal, Spin, Typography } from 'antd';
import { createContext, lazy, Suspense, useContext, useState, type ReactNode } from 'react';
import type { UserView } from '../../../core/contract/supervision';
import { ApiError } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { RevisionWatcher } from '../api/RevisionWatcher';
import { LoadError } from '../shared/LoadError';
import { UnauthenticatedPage } from '../shell/UnauthenticatedPage';

// The sign-in screens (and the contract schemas their forms validate with) load only when someone has to sign in.
const AuthCard = lazy(() => import('./AuthCard').then((m) => ({ default: m.AuthCard })));
const LoginForm = lazy(() => import('./LoginForm').then((m) => ({ default: m.LoginForm })));
const SetupForm = lazy(() => import('./SetupForm').then((m) => ({ default: m.SetupForm })));

const CurrentUserContext = createContext<UserView | null>(null);

/**
 * Sign-in in front of the app: the first administrator on a new ledger, the login otherwise. A session
 * that runs out while working brings the login up over the page: the page stays as it was (the user it
 * was opened for is kept, so no form closes), and a save clicked meanwhile goes out after the re-login.
 * A refused serve-mode token (auth.status itself refused) means the address is stale.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const status = useApiQuery('auth.status', {});
  const [lastUser, setLastUser] = useState<UserView | null>(null);
  const user = status.data?.user ?? null;
  if (user && user !== lastUser) setLastUser(user);
  const signedInOnce = lastUser !== null;

  if (status.isError) {
    if (status.error instanceof ApiError && status.error.code === 'UNAUTHENTICATED') return <UnauthenticatedPage message={status.error.message} />;
    return (
      <div className="app-error">
        <LoadError error={status.error} onRetry={() => void status.refetch()} />
      </div>
    );
  }
  if (status.isPending) return <Spin fullscreen tip="正在连接台账服务…" />;
  if (status.data.setupNeeded)
    return (
      <Suspense fallback={<Spin fullscreen />}>
        <AuthCard title="创建管理员账号" intro="这是新的台账，请先创建管理员账号；管理员可以再为办公室文员、指导老师等添加账号。">
          <SetupForm />
        </AuthCard>
      </Suspense>
    );
  if (!user && !signedInOnce)
    return (
      <Suspense fallback={<Spin fullscreen />}>
        <AuthCard title="登录" intro="请输入账号和密码。">
          <LoginForm />
        </AuthCard>
      </Suspense>
    );
  return (
    <CurrentUserContext.Provider value={user ?? lastUser}>
      {children}
      {user && <RevisionWatcher />}
      <Modal open={!user} title="登录已超时" footer={null} closable={false} mask={{ closable: false }} keyboard={false}>
        <Typography.Paragraph type="secondary">
          为保护数据，长时间未操作会自动退出。请重新登录：页面上填写的内容都还在，登录后即保存刚才提交的内容。
        </Typography.Paragraph>
        {!user && (
          <Suspense fallback={<Spin />}>
            <LoginForm sameUser={lastUser?.username} />
          </Suspense>
        )}
      </Modal>
    </CurrentUserContext.Provider>
  );
}

/** The signed-in user (while the expired-session login shows, the user the page was opened for). */
export function useCurrentUser(): UserView | null {
  return useContext(CurrentUserContext);
}
