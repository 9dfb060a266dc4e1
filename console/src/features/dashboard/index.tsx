import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazyPage';
import { ADMIN, MARKETING, SALES } from '../../auth/roles';
import { dashboardI18n } from './i18n';

/** Also the start page (`/`) of the roles that have a dashboard: see HomePage. */
export const DashboardPage = lazyPage(() => import('./DashboardPage'), 'DashboardPage');

export const DASHBOARD_ROLES = [ADMIN, SALES, MARKETING];

/**
 * 工作台: a salesperson's leads held, follow-ups due and pipeline; an admin's team figures; lead sources. It is the
 * start page (首页) of those roles, so it has no menu entry of its own.
 */
export const dashboardFeature: Feature = {
  key: 'dashboard',
  i18n: dashboardI18n,
  menu: [],
  routes: [{ path: '/dashboard', element: <DashboardPage />, roles: DASHBOARD_ROLES }],
};
