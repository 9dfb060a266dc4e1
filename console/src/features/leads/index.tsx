import { SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { ADMIN } from '../../auth/roles';
import type { Feature } from '../../app/feature';
import { leadsI18n } from './i18n';
import { lazyPage } from '../../app/lazyPage';
import { LEAD_ROLES } from './permissions';

const LeadListPage = lazyPage(() => import('./LeadListPage'), 'LeadListPage');
const LeadImportPage = lazyPage(() => import('./LeadImportPage'), 'LeadImportPage');
const LeadDetailPage = lazyPage(() => import('./LeadDetailPage'), 'LeadDetailPage');
const LeadSettingsPage = lazyPage(() => import('./LeadSettingsPage'), 'LeadSettingsPage');

/** Leads (线索): list and pool, create, CSV import, detail with follow-ups and history, pool actions, conversion. */
export const leadsFeature: Feature = {
  key: 'leads',
  i18n: leadsI18n,
  menu: [
    { path: '/leads', labelKey: 'menu.leads', icon: <TeamOutlined />, roles: LEAD_ROLES },
    { path: '/leads/settings', labelKey: 'menu.settings', icon: <SettingOutlined />, roles: [ADMIN], group: 'settings' },
  ],
  routes: [
    { path: '/leads', element: <LeadListPage />, roles: LEAD_ROLES },
    { path: '/leads/import', element: <LeadImportPage />, roles: LEAD_ROLES },
    { path: '/leads/settings', element: <LeadSettingsPage />, roles: [ADMIN] },
    { path: '/leads/:id', element: <LeadDetailPage />, roles: LEAD_ROLES },
  ],
};
