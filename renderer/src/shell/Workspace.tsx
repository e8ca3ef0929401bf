import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useApiQuery } from '../api/hooks';
import { ItemEditorProvider } from '../editor/ItemEditorProvider';
import { CurrentPlanProvider } from '../plan/CurrentPlanProvider';
import { LoadError } from '../shared/LoadError';
import { AppShell } from './AppShell';

// Shown once in a ledger's life: loaded only then.
const FirstRunPage = lazy(() => import('./FirstRunPage').then((m) => ({ default: m.FirstRunPage })));

/** Once signed in: the first-run offer (no plan yet) or the working app. */
export function Workspace() {
  const info = useApiQuery('app.info', {});
  if (info.isPending) return <Spin fullscreen tip="正在载入…" />;
  if (info.isError)
    return (
      <div className="app-error">
        <LoadError error={info.error} onRetry={() => void info.refetch()} />
      </div>
    );
  if (info.data.firstRun)
    return (
      <Suspense fallback={<Spin fullscreen />}>
        <FirstRunPage />
      </Suspense>
    );
  return (
    <CurrentPlanProvider>
      <ItemEditorProvider>
        <AppShell version={info.data.version} />
      </ItemEditorProvider>
    </CurrentPlanProvider>
  );
}
