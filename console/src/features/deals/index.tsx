import { AccountBookOutlined, AuditOutlined, FileProtectOutlined, FundOutlined, MoneyCollectOutlined, SettingOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazyPage';
import { dealsI18n } from './i18n';
import { APPROVER_ROLES, CONTRACT_ROLES, OPPORTUNITY_ROLES, PAYMENT_ROLES, RECEIVABLE_ROLES, SETTINGS_ROLES } from './permissions';

const OpportunitiesPage = lazyPage(() => import('./opportunities/OpportunitiesPage'), 'OpportunitiesPage');
const OpportunityDetailPage = lazyPage(() => import('./opportunities/OpportunityDetailPage'), 'OpportunityDetailPage');
const PipelineSettingsPage = lazyPage(() => import('./opportunities/PipelineSettingsPage'), 'PipelineSettingsPage');
const ContractListPage = lazyPage(() => import('./contracts/ContractListPage'), 'ContractListPage');
const ContractDetailPage = lazyPage(() => import('./contracts/ContractDetailPage'), 'ContractDetailPage');
const ApprovalsPage = lazyPage(() => import('./contracts/ApprovalsPage'), 'ApprovalsPage');
const PaymentListPage = lazyPage(() => import('./payments/PaymentListPage'), 'PaymentListPage');
const ReceivablesPage = lazyPage(() => import('./payments/ReceivablesPage'), 'ReceivablesPage');

/**
 * Deals: opportunities (商机: kanban by stage, list, forecast, detail), contracts (合同) with their approval, and
 * their money (回款: payment plans, payments, finance's confirmation; 应收: receivables, summaries, aging).
 */
export const dealsFeature: Feature = {
  key: 'deals',
  i18n: dealsI18n,
  menu: [
    { path: '/opportunities', labelKey: 'menu.opportunities', icon: <FundOutlined />, roles: OPPORTUNITY_ROLES },
    { path: '/contracts', labelKey: 'menu.contracts', icon: <FileProtectOutlined />, roles: CONTRACT_ROLES },
    { path: '/contracts/approvals', labelKey: 'menu.approvals', icon: <AuditOutlined />, roles: APPROVER_ROLES },
    { path: '/payments', labelKey: 'menu.payments', icon: <MoneyCollectOutlined />, roles: PAYMENT_ROLES },
    { path: '/receivables', labelKey: 'menu.receivables', icon: <AccountBookOutlined />, roles: RECEIVABLE_ROLES },
    { path: '/opportunities/settings', labelKey: 'menu.settings', icon: <SettingOutlined />, roles: SETTINGS_ROLES, group: 'settings' },
  ],
  routes: [
    { path: '/opportunities', element: <OpportunitiesPage />, roles: OPPORTUNITY_ROLES },
    { path: '/opportunities/settings', element: <PipelineSettingsPage />, roles: SETTINGS_ROLES },
    { path: '/opportunities/:id', element: <OpportunityDetailPage />, roles: OPPORTUNITY_ROLES },
    { path: '/contracts', element: <ContractListPage />, roles: CONTRACT_ROLES },
    { path: '/contracts/approvals', element: <ApprovalsPage />, roles: APPROVER_ROLES },
    { path: '/contracts/:id', element: <ContractDetailPage />, roles: CONTRACT_ROLES },
    { path: '/payments', element: <PaymentListPage />, roles: PAYMENT_ROLES },
    { path: '/receivables', element: <ReceivablesPage />, roles: RECEIVABLE_ROLES },
  ],
};
