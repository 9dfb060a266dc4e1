import { DashboardOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazyPage';
import { ADMIN, MARKETING, SALES } from '../../auth/roles';
import { dashboardI18n } from './i18n';

const DashboardPage = lazyPage(() => import('./DashboardPage'), 'DashboardPage');

export const DASHBOARD_ROLES = [ADMIN, SALES, MARKETING];

/** 工作台: a salesperson's leads held, follow-ups due and pipeline; an admin's team figures; lead sources. */
export const dashboardFeature: Feature = {
  key: 'dashboard',
  i18n: dashboardI18n,
  menu: [{ path: '/dashboard', labelKey: 'menu.dashboard', icon: <DashboardOutlined />, roles: DASHBOARD_ROLES }],
  routes: [{ path: '/dashboard', element: <DashboardPage />, roles: DASHBOARD_ROLES }],
};
