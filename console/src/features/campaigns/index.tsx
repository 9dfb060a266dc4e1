import { NotificationOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazyPage';
import { campaignsI18n } from './i18n';
import { CAMPAIGN_MANAGE_ROLES, CAMPAIGN_READ_ROLES } from './permissions';

const CampaignListPage = lazyPage(() => import('./CampaignListPage'), 'CampaignListPage');
const CampaignWizardPage = lazyPage(() => import('./CampaignWizardPage'), 'CampaignWizardPage');
const CampaignDetailPage = lazyPage(() => import('./CampaignDetailPage'), 'CampaignDetailPage');

/**
 * Campaigns (市场活动): list with filters, the two-step wizard (basic information, sign-up form builder with preview),
 * detail with promotion link and QR code, members (entry, CSV import, 执行同步) and the campaign's data and ROI.
 */
export const campaignsFeature: Feature = {
  key: 'campaigns',
  i18n: campaignsI18n,
  menu: [{ path: '/campaigns', labelKey: 'menu.campaigns', icon: <NotificationOutlined />, roles: CAMPAIGN_READ_ROLES }],
  routes: [
    { path: '/campaigns', element: <CampaignListPage />, roles: CAMPAIGN_READ_ROLES },
    { path: '/campaigns/new', element: <CampaignWizardPage />, roles: CAMPAIGN_MANAGE_ROLES },
    { path: '/campaigns/:id/edit', element: <CampaignWizardPage />, roles: CAMPAIGN_MANAGE_ROLES },
    { path: '/campaigns/:id', element: <CampaignDetailPage />, roles: CAMPAIGN_READ_ROLES },
  ],
};
