import { useMemo, useSyncExternalStore } from 'react';
import { ITEM_STATUSES, type ItemStatus } from '../../core/domain/status';
import { DASHBOARD_LISTS, type DashboardList } from './dashboard/dashboardLists';
import { SUPERVISION_TABS, type SupervisionTab } from './supervision/supervisionTabs';

/** Filters of 事项查询, kept in the address so a reload or a bookmark keeps them. */
export interface SearchFilters {
  text?: string;
  personId?: number;
  /** Only items without owners (#/items?owner=none). */
  noOwner?: boolean;
  month?: number;
  sectionId?: number;
  status?: ItemStatus;
  page?: number;
}

export type Route =
  | { page: 'inbox' }
  | { page: 'start' }
  | { page: 'board' }
  | { page: 'month'; month?: number }
  | { page: 'items'; filters: SearchFilters }
  | { page: 'persons' }
  | { page: 'person'; personId: number }
  | { page: 'home'; month?: number; list?: DashboardList }
  | { page: 'item'; id: number; tab?: SupervisionTab }
  | { page: 'inspections'; month?: number }
  | { page: 'settings' }
  | { page: 'import' }
  | { page: 'exports' };

function positiveInt(value: string | null | undefined): number | undefined {
  if (value == null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

function monthOf(value: string | null | undefined): number | undefined {
  const month = positiveInt(value);
  return month !== undefined && month <= 12 ? month : undefined;
}

/** `path?a=1&b=x`, leaving out empty values. */
function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

function parseFilters(query: string): SearchFilters {
  const params = new URLSearchParams(query);
  const status = params.get('status');
  const month = positiveInt(params.get('month'));
  return {
    text: params.get('text')?.trim() || undefined,
    personId: positiveInt(params.get('person')),
    noOwner: params.get('owner') === 'none' || undefined,
    month: month !== undefined && month <= 12 ? month : undefined,
    sectionId: positiveInt(params.get('section')),
    status: ITEM_STATUSES.find((s) => s === status),
    page: positiveInt(params.get('page')),
  };
}

function filtersQuery(filters: SearchFilters): string {
  const params = new URLSearchParams();
  if (filters.text) params.set('text', filters.text);
  if (filters.personId) params.set('person', String(filters.personId));
  if (filters.noOwner) params.set('owner', 'none');
  if (filters.month) params.set('month', String(filters.month));
  if (filters.sectionId) params.set('section', String(filters.sectionId));
  if (filters.status) params.set('status', filters.status);
  if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * #/inbox (待办), #/start (开始新年度), #/board, #/month/3, #/items?text=…, #/persons, #/persons/5, #/item/6?tab=evidence, #/home?month=3&list=overdue,
 * #/inspections?month=3, #/settings, #/import, #/exports; anything else is the 首页.
 */
function parseHash(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean);
  switch (parts[0]) {
    case 'inbox':
      return { page: 'inbox' };
    case 'start':
      return { page: 'start' };
    case 'month': {
      const month = positiveInt(parts[1]);
      return { page: 'month', month: month !== undefined && month <= 12 ? month : undefined };
    }
    case 'items':
      return { page: 'items', filters: parseFilters(query) };
    case 'persons': {
      const personId = positiveInt(parts[1]);
      return personId ? { page: 'person', personId } : { page: 'persons' };
    }
    case 'board':
      return { page: 'board' };
    case 'item': {
      const id = positiveInt(parts[1]);
      const tab = new URLSearchParams(query).get('tab');
      return id ? { page: 'item', id, tab: SUPERVISION_TABS.find((t) => t === tab) } : { page: 'home' };
    }
    case 'inspections':
      return { page: 'inspections', month: monthOf(new URLSearchParams(query).get('month')) };
    case 'settings':
      return { page: 'settings' };
    case 'import':
      return { page: 'import' };
    case 'exports':
      return { page: 'exports' };
    default: {
      const params = new URLSearchParams(query);
      const list = params.get('list');
      return { page: 'home', month: monthOf(params.get('month')), list: DASHBOARD_LISTS.find((l) => l === list) };
    }
  }
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'inbox':
      return '#/inbox';
    case 'start':
      return '#/start';
    case 'board':
      return '#/board';
    case 'month':
      return route.month ? `#/month/${route.month}` : '#/month';
    case 'items':
      return `#/items${filtersQuery(route.filters)}`;
    case 'persons':
      return '#/persons';
    case 'person':
      return `#/persons/${route.personId}`;
    case 'home':
      return withQuery('#/home', { month: route.month, list: route.list });
    case 'item':
      return withQuery(`#/item/${route.id}`, { tab: route.tab });
    case 'inspections':
      return withQuery('#/inspections', { month: route.month });
    case 'settings':
      return '#/settings';
    case 'import':
      return '#/import';
    case 'exports':
      return '#/exports';
  }
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
  };
}

/** Goes to a route; `replace` rewrites the current history entry (used while typing filters). */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = hrefOf(route);
  if (href === window.location.hash) return;
  if (options.replace) {
    window.history.replaceState(window.history.state, '', href);
    listeners.forEach((listener) => listener());
  } else {
    window.location.hash = href;
  }
}

const readHash = () => window.location.hash;

/** Whether the app was opened without a page in the address (the first screen after signing in). */
export function atLanding(): boolean {
  return window.location.hash === '' || window.location.hash === '#' || window.location.hash === '#/';
}

/** The current route, re-rendering on every hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, readHash);
  return useMemo(() => parseHash(hash), [hash]);
}
