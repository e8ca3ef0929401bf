import { lazy, type ComponentType } from 'react';

// Each page is its own chunk, loaded when first opened: the first screen downloads and parses only the shell
// and the page it shows.
function page<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

export const InboxPage = page(() => import('../inbox/InboxPage').then((m) => m.InboxPage));
export const StartYearPage = page(() => import('../plan/StartYearPage').then((m) => m.StartYearPage));
export const BoardPage = page(() => import('../board/BoardPage').then((m) => m.BoardPage));
export const MonthPage = page(() => import('../month/MonthPage').then((m) => m.MonthPage));
export const SearchPage = page(() => import('../search/SearchPage').then((m) => m.SearchPage));
export const PersonsPage = page(() => import('../persons/PersonsPage').then((m) => m.PersonsPage));
export const PersonItemsPage = page(() => import('../persons/PersonItemsPage').then((m) => m.PersonItemsPage));
export const ImportPage = page(() => import('../import/ImportPage').then((m) => m.ImportPage));
export const ExportsPage = page(() => import('../exports/ExportsPage').then((m) => m.ExportsPage));
export const DashboardPage = page(() => import('../dashboard/DashboardPage').then((m) => m.DashboardPage));
export const SupervisionPage = page(() => import('../supervision/SupervisionPage').then((m) => m.SupervisionPage));
export const InspectionsPage = page(() => import('../inspections/InspectionsPage').then((m) => m.InspectionsPage));
export const SettingsPage = page(() => import('../admin/SettingsPage').then((m) => m.SettingsPage));
