import { Spin } from 'antd';
import { createContext, lazy, Suspense, useContext, useState, type ReactNode } from 'react';
import type { PlanView } from '../../../core/contract/plan';
import { useApiQuery } from '../api/hooks';
import { LoadError } from '../shared/LoadError';
import { useToday } from '../shared/useToday';

// Shown once in a ledger's life: loaded only then.
const FirstRunPage = lazy(() => import('../shell/FirstRunPage').then((m) => ({ default: m.FirstRunPage })));

const STORAGE_KEY = 'leagueLedger.planId';

/** Remembers the chosen plan across sessions (also used right after a plan is created or loaded). */
export function rememberPlan(id: number): void {
  window.localStorage.setItem(STORAGE_KEY, String(id));
}

function rememberedPlanId(): number | null {
  return Number(window.localStorage.getItem(STORAGE_KEY)) || null;
}

/** This year's plan if there is one, else the office's latest (the 示例 only when it is all there is). */
function defaultPlan(plans: PlanView[], today: string): PlanView | undefined {
  const thisYear = Number(today.slice(0, 4));
  const own = plans.filter((p) => !p.isSample);
  return own.find((p) => p.year === thisYear) ?? own.at(-1) ?? plans.at(-1);
}

interface CurrentPlan {
  plan: PlanView;
  plans: PlanView[];
  selectPlan: (id: number) => void;
}

const CurrentPlanContext = createContext<CurrentPlan | null>(null);

/** The year plan every page works in, chosen in the header. */
export function CurrentPlanProvider({ children }: { children: ReactNode }) {
  const plans = useApiQuery('plans.list', {});
  const [chosenId, setChosenId] = useState(rememberedPlanId);
  const today = useToday();
  if (plans.isPending) return <Spin fullscreen tip="正在载入年度计划…" />;
  if (plans.isError) return <LoadError error={plans.error} onRetry={() => void plans.refetch()} />;
  const plan = plans.data.find((p) => p.id === chosenId) ?? defaultPlan(plans.data, today);
  if (!plan)
    return (
      <Suspense fallback={<Spin fullscreen />}>
        <FirstRunPage />
      </Suspense>
    );
  const selectPlan = (id: number) => {
    rememberPlan(id);
    setChosenId(id);
  };
  return <CurrentPlanContext.Provider value={{ plan, plans: plans.data, selectPlan }}>{children}</CurrentPlanContext.Provider>;
}

export function useCurrentPlan(): CurrentPlan {
  const value = useContext(CurrentPlanContext);
  if (!value) throw new Error('useCurrentPlan must be used inside CurrentPlanProvider');
  return value;
}
