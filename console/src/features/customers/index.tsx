import { ContactsOutlined, SettingOutlined, UserSwitchOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazyPage';
import { customersI18n } from './i18n';
import { ADMIN_ONLY, CUSTOMER_ROLES } from './permissions';

const CustomerListPage = lazyPage(() => import('./CustomerListPage'), 'CustomerListPage');
const CustomerDetailPage = lazyPage(() => import('./CustomerDetailPage'), 'CustomerDetailPage');
const RecyclingRulesPage = lazyPage(() => import('./RecyclingRulesPage'), 'RecyclingRulesPage');
const OffboardingPage = lazyPage(() => import('./OffboardingPage'), 'OffboardingPage');

/**
 * Customers (客户): list and pool, create, detail with contacts, follow-ups, timeline, history and the customer's
 * deals, the recycling warning; the admin's recycling rules and the offboarding of a salesperson.
 */
export const customersFeature: Feature = {
  key: 'customers',
  i18n: customersI18n,
  menu: [
    { path: '/customers', labelKey: 'menu.customers', icon: <ContactsOutlined />, roles: CUSTOMER_ROLES },
    { path: '/customers/recycling-rules', labelKey: 'menu.recyclingRules', icon: <SettingOutlined />, roles: ADMIN_ONLY, group: 'settings' },
    { path: '/customers/offboarding', labelKey: 'menu.offboarding', icon: <UserSwitchOutlined />, roles: ADMIN_ONLY, group: 'settings' },
  ],
  routes: [
    { path: '/customers', element: <CustomerListPage />, roles: CUSTOMER_ROLES },
    { path: '/customers/recycling-rules', element: <RecyclingRulesPage />, roles: ADMIN_ONLY },
    { path: '/customers/offboarding', element: <OffboardingPage />, roles: ADMIN_ONLY },
    { path: '/customers/:id', element: <CustomerDetailPage />, roles: CUSTOMER_ROLES },
  ],
};
