import { App, Badge, Button, Layout, Menu, Skeleton, Space, Tag, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { roleMay, type Access } from '../../../core/domain/access';
import { useApiQuery } from '../api/hooks';
import { useItemEditor } from '../editor/ItemEditorProvider';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';
import { atLanding, hrefOf, navigate, useRoute, type Route } from '../router';
import { usePermissions } from '../supervision/usePermissions';
import { ErrorBoundary } from './ErrorBoundary';
import { PlanSelect } from './PlanSelect';
import { REFUSED_MESSAGES, ROUTE_ACCESS } from './routeAccess';
import { UserMenu } from './UserMenu';

// Every page is its own chunk, loaded when first shown: the first screen loads the shell and one page.
const SettingsPage = lazy(() => import('../admin/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const BoardPage = lazy(() => import('../board/BoardPage').then((m) => ({ default: m.BoardPage })));
const DashboardPage = lazy(() => import('../dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const ExportsPage = lazy(() => import('../exports/ExportsPage').then((m) => ({ default: m.ExportsPage })));
const ImportPage = lazy(() => import('../import/ImportPage').then((m) => ({ default: m.ImportPage })));
const InboxPage = lazy(() => import('../inbox/InboxPage').then((m) => ({ default: m.InboxPage })));
const InspectionsPage = lazy(() => import('../inspections/InspectionsPage').then((m) => ({ default: m.InspectionsPage })));
const MonthPage = lazy(() => import('../month/MonthPage').then((m) => ({ default: m.MonthPage })));
const PersonItemsPage = lazy(() => import('../persons/PersonItemsPage').then((m) => ({ default: m.PersonItemsPage })));
const PersonsPage = lazy(() => import('../persons/PersonsPage').then((m) => ({ default: m.PersonsPage })));
const SearchPage = lazy(() => import('../search/SearchPage').then((m) => ({ default: m.SearchPage })));
const StartYearPage = lazy(() => import('../plan/StartYearPage').then((m) => ({ default: m.StartYearPage })));
const SupervisionPage = lazy(() => import('../supervision/SupervisionPage').then((m) => ({ default: m.SupervisionPage })));

const PlanEditModal = lazy(() => import('../plan/PlanEditModal').then((m) => ({ default: m.PlanEditModal })));

const NAV: { key: Route['page']; label: string; route: Route }[] = [
  { key: 'inbox', label: '待办', route: { page: 'inbox' } },
  { key: 'home', label: '首页', route: { page: 'home' } },
  { key: 'board', label: '年度总览', route: { page: 'board' } },
  { key: 'month', label: '月度', route: { page: 'month' } },
  { key: 'items', label: '事项查询', route: { page: 'items', filters: {} } },
  { key: 'inspections', label: '督查', route: { page: 'inspections' } },
  { key: 'persons', label: '责任人', route: { page: 'persons' } },
  { key: 'import', label: '导入计划', route: { page: 'import' } },
  { key: 'exports', label: '报表导出', route: { page: 'exports' } },
  { key: 'settings', label: '设置', route: { page: 'settings' } },
];

/** Settings are read-only for others, but only the administrator has business there. */
const NAV_ACCESS: Partial<Record<Route['page'], Access>> = { settings: 'admin' };

function pageOf(route: Route) {
  switch (route.page) {
    case 'inbox':
      return <InboxPage />;
    case 'start':
      return <StartYearPage />;
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

/** A page the role may not use: back to 首页, saying why. */
function Refused({ page }: { page: Route['page'] }) {
  const { message } = App.useApp();
  useEffect(() => {
    void message.warning(REFUSED_MESSAGES[page] ?? '当前账号不能使用该页面，已转到首页');
    navigate({ page: 'home' }, { replace: true });
  }, [page, message]);
  return null;
}

/** 待办 with the number of things waiting, for those who have an inbox. */
function InboxLabel() {
  const inbox = useApiQuery('inbox.get', {});
  const count = inbox.data?.count ?? 0;
  return (
    <span className="nav-inbox">
      待办
      {count > 0 && <Badge count={count} overflowCount={99} size="small" aria-label={`${count}项待办`} />}
    </span>
  );
}

/** Left navigation, the header (year, plan, 开始新年度, 新建事项) and the current page. */
export function AppShell({ version }: { version: string }) {
  const route = useRoute();
  const { plan } = useCurrentPlan();
  const { newItem } = useItemEditor();
  const [editingPlan, setEditingPlan] = useState(false);
  const { user, canWrite } = usePermissions();
  const role = user?.role ?? 'viewer';
  const nav = NAV.filter((n) => roleMay(role, NAV_ACCESS[n.key] ?? ROUTE_ACCESS[n.key]));
  const navKey = route.page === 'person' ? 'persons' : route.page;
  const allowed = roleMay(role, ROUTE_ACCESS[route.page]);

  // Opened without a page (just signed in): advisers, who verify from it, start at their 待办; others at 首页.
  useEffect(() => {
    if (atLanding()) navigate(role === 'adviser' ? { page: 'inbox' } : { page: 'home' }, { replace: true });
  }, [role]);

  return (
    <Layout className="app">
      <Layout.Sider width={168} theme="light" className="app-sider">
        <div className="app-brand">团委工作台账</div>
        <nav aria-label="主导航">
          <Menu
            mode="inline"
            selectedKeys={[navKey]}
            onClick={({ key }) => navigate(nav.find((n) => n.key === key)!.route)}
            items={nav.map((n) => ({ key: n.key, label: <a href={hrefOf(n.route)}>{n.key === 'inbox' ? <InboxLabel /> : n.label}</a> }))}
          />
        </nav>
        <Typography.Text type="secondary" className="app-version">
          版本 {version}
        </Typography.Text>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <PlanSelect />
          <span className="app-plan-title">
            {plan.isSample && <Tag color="purple">示例</Tag>}
            <Typography.Text ellipsis={{ tooltip: plan.title }}>
              {plan.title}
              {plan.organization && <Typography.Text type="secondary"> · {plan.organization}</Typography.Text>}
            </Typography.Text>
            {canWrite && (
              <Button type="link" size="small" onClick={() => setEditingPlan(true)}>
                计划信息
              </Button>
            )}
          </span>
          {/* 只读 accounts change nothing, so they are not offered. */}
          {canWrite && (
            <Space>
              <Button href={hrefOf({ page: 'start' })}>开始新年度</Button>
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
            <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>{allowed ? pageOf(route) : <Refused page={route.page} />}</Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
      {editingPlan && (
        <Suspense fallback={null}>
          <PlanEditModal plan={plan} onClose={() => setEditingPlan(false)} />
        </Suspense>
      )}
    </Layout>
  );
}
