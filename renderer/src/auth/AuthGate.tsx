import { Modal, Spin, Typography } from 'antd';
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { UserView } from '../../../core/contract/supervision';
import { ApiError } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { RevisionWatcher } from '../api/RevisionWatcher';
import { LoadError } from '../shared/LoadError';
import { UnauthenticatedPage } from '../shell/UnauthenticatedPage';
import { AuthCard } from './AuthCard';
import { LoginForm } from './LoginForm';
import { SetupForm } from './SetupForm';

const CurrentUserContext = createContext<UserView | null>(null);

/**
 * Sign-in in front of the app: the first administrator on a new ledger, the login otherwise. A session
 * that runs out while working brings the login up over the page, so nothing typed is lost. A refused
 * serve-mode token (auth.status itself refused) means the address is stale.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const status = useApiQuery('auth.status', {});
  const [signedInOnce, setSignedInOnce] = useState(false);
  const user = status.data?.user ?? null;
  if (user && !signedInOnce) setSignedInOnce(true);

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
      <AuthCard title="创建管理员账号" intro="这是新的台账，请先创建管理员账号；管理员可以再为办公室文员、指导老师等添加账号。">
        <SetupForm />
      </AuthCard>
    );
  if (!user && !signedInOnce)
    return (
      <AuthCard title="登录" intro="请输入账号和密码。">
        <LoginForm />
      </AuthCard>
    );
  return (
    <CurrentUserContext.Provider value={user}>
      {children}
      {user && <RevisionWatcher />}
      <Modal open={!user} title="登录已超时" footer={null} closable={false} mask={{ closable: false }} keyboard={false}>
        <Typography.Paragraph type="secondary">为保护数据，长时间未操作会自动退出。请重新登录，未保存的内容仍在页面上。</Typography.Paragraph>
        <LoginForm />
      </Modal>
    </CurrentUserContext.Provider>
  );
}

/** The signed-in user (null only while the expired-session login is showing). */
export function useCurrentUser(): UserView | null {
  return useContext(CurrentUserContext);
}
