import { Button, Layout, Menu, Skeleton, Space, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useItemEditor } from '../editor/ItemEditorProvider';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';
import { hrefOf, navigate, useRoute, type Route } from '../router';
import { usePermissions } from '../supervision/usePermissions';
import { ErrorBoundary } from './ErrorBoundary';
import { PlanSelect } from './PlanSelect';
import { UserMenu } from './UserMenu';

// Every page is its own chunk, loaded when first shown: the first screen loads the shell and one page.
const SettingsPage = lazy(() => import('../admin/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const BoardPage = lazy(() => import('../board/BoardPage').then((m) => ({ default: m.BoardPage })));
const DashboardPage = lazy(() => import('../dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const ExportsPage = lazy(() => import('../exports/ExportsPage').then((m) => ({ default: m.ExportsPage })));
const ImportPage = lazy(() => import('../import/ImportPage').then((m) => ({ default: m.ImportPage })));
const InspectionsPage = lazy(() => import('../inspections/InspectionsPage').then((m) => ({ default: m.InspectionsPage })));
const MonthPage = lazy(() => import('../month/MonthPage').then((m) => ({ default: m.MonthPage })));
const PersonItemsPage = lazy(() => import('../persons/PersonItemsPage').then((m) => ({ default: m.PersonItemsPage })));
const PersonsPage = lazy(() => import('../persons/PersonsPage').then((m) => ({ default: m.PersonsPage })));
const SearchPage = lazy(() => import('../search/SearchPage').then((m) => ({ default: m.SearchPage })));
const SupervisionPage = lazy(() => import('../supervision/SupervisionPage').then((m) => ({ default: m.SupervisionPage })));

const PlanCreateModal = lazy(() => import('../plan/PlanCreateModal').then((m) => ({ default: m.PlanCreateModal })));

const NAV: { key: string; label: string; route: Route; adminOnly?: true; writeOnly?: true }[] = [
  { key: 'home', label: '首页', route: { page: 'home' } },
  { key: 'board', label: '年度总览', route: { page: 'board' } },
  { key: 'month', label: '月度', route: { page: 'month' } },
  { key: 'items', label: '事项查询', route: { page: 'items', filters: {} } },
  { key: 'inspections', label: '督查', route: { page: 'inspections' } },
  { key: 'persons', label: '责任人', route: { page: 'persons' } },
  { key: 'import', label: '导入计划', route: { page: 'import' }, writeOnly: true },
  { key: 'exports', label: '报表导出', route: { page: 'exports' } },
  { key: 'settings', label: '设置', route: { page: 'settings' }, adminOnly: true },
];

function pageOf(route: Route) {
  switch (route.page) {
    case 'board':
      return <BoardPage />;
    case 'month':
      return <MonthPage month={route.month} />;
    case 'items':
      return <SearchPage filters={route.filters} />;
    case 'persons':
      return <PersonsPage />;
    case 'person':
      return <PersonItemsPage personId={route.personId} />;
    case 'import':
      return <ImportPage />;
    case 'exports':
      return <ExportsPage />;
    case 'home':
      return <DashboardPage month={route.month} list={route.list} />;
    case 'item':
      return <SupervisionPage id={route.id} tab={route.tab} />;
    case 'inspections':
      return <InspectionsPage month={route.month} />;
    case 'settings':
      return <SettingsPage />;
  }
}

/** Left navigation, the header (year, plan title, 新建事项) and the current page. */
export function AppShell({ version }: { version: string }) {
  const route = useRoute();
  const { plan } = useCurrentPlan();
  const { newItem } = useItemEditor();
  const [creatingPlan, setCreatingPlan] = useState(false);
  const { canWrite, isAdmin } = usePermissions();
  const nav = NAV.filter((n) => (isAdmin || !n.adminOnly) && (canWrite || !n.writeOnly));
  const navKey = route.page === 'person' ? 'persons' : route.page;

  return (
    <Layout className="app">
      <Layout.Sider width={168} theme="light" className="app-sider">
        <div className="app-brand">团委工作台账</div>
        <nav aria-label="主导航">
          <Menu
            mode="inline"
            selectedKeys={[navKey]}
            onClick={({ key }) => navigate(nav.find((n) => n.key === key)!.route)}
            items={nav.map((n) => ({ key: n.key, label: <a href={hrefOf(n.route)}>{n.label}</a> }))}
          />
        </nav>
        <Typography.Text type="secondary" className="app-version">
          版本 {version}
        </Typography.Text>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <PlanSelect />
          <Typography.Text className="app-plan-title" ellipsis={{ tooltip: plan.title }}>
            {plan.title}
            {plan.organization && <Typography.Text type="secondary"> · {plan.organization}</Typography.Text>}
          </Typography.Text>
          {/* 只读 accounts change nothing, so they are not offered. */}
          {canWrite && (
            <Space>
              <Button onClick={() => setCreatingPlan(true)}>新建年度计划</Button>
              <Button type="primary" onClick={() => newItem(route.page === 'month' && route.month ? { startMonth: route.month } : {})}>
                新建事项
              </Button>
            </Space>
          )}
          <UserMenu />
        </Layout.Header>
        <Layout.Content className="app-content">
          {/* Keyed by page, not address: typing a search condition or turning the month keeps the page mounted. */}
          <ErrorBoundary key={route.page}>
            <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>{pageOf(route)}</Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
      {creatingPlan && (
        <Suspense fallback={null}>
          <PlanCreateModal open onClose={() => setCreatingPlan(false)} />
        </Suspense>
      )}
    </Layout>
  );
}
