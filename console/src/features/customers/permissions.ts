import { ADMIN, FINANCE, MARKETING, SALES, type CurrentUser } from '../../auth/roles';
import type { Customer } from './types';

/** Who may open the customers area: all four roles read (within their data scope), admin and sales write. */
export const CUSTOMER_ROLES = [ADMIN, SALES, MARKETING, FINANCE];
/** Recycling rules and offboarding are the admin's. */
export const ADMIN_ONLY = [ADMIN];

export type CustomerTab = 'mine' | 'pool' | 'all' | 'visible' | 'deleted';

/**
 * The list's tabs for this user: sales see theirs and the pool; the admin all, the pool and the deleted ones (to
 * restore them); marketing and finance what their scope shows them, and the pool.
 */
export function customerTabs(user: CurrentUser): CustomerTab[] {
  const tabs: CustomerTab[] = [];
  if (user.roles.includes(SALES)) tabs.push('mine');
  if (user.roles.includes(ADMIN)) tabs.push('all');
  else if (!user.roles.includes(SALES)) tabs.push('visible');
  tabs.push('pool');
  if (user.roles.includes(ADMIN)) tabs.push('deleted');
  return tabs;
}

/** May create customers (POST /customers: admin, sales). */
export function canCreateCustomer(user: CurrentUser): boolean {
  return user.roles.includes(ADMIN) || user.roles.includes(SALES);
}

/**
 * The actions this user may take on this customer now, by role and state, as customer-service's README says (the
 * API refuses the others anyway): the owner or an admin edits, keeps contacts and follows up; a salesperson claims
 * from the pool; the admin assigns, transfers, deletes and restores; the owner or an admin releases.
 */
export function customerActions(user: CurrentUser, customer: Customer) {
  const admin = user.roles.includes(ADMIN);
  const sales = user.roles.includes(SALES);
  const live = !customer.deletedAt;
  const inPool = !customer.ownerId;
  const owner = sales && !inPool && customer.ownerId === user.id;
  const editor = live && (admin || owner);
  return {
    edit: editor,
    contacts: editor,
    followUp: editor,
    claim: live && sales && inPool,
    assign: live && admin && inPool,
    transfer: live && admin && !inPool,
    release: live && !inPool && (admin || owner),
    remove: live && admin,
    restore: !live && admin,
  };
}

/** Which deal tabs the user's roles may read: opportunities admin and sales, contracts also finance (deal-service). */
export function dealTabs(user: CurrentUser) {
  const admin = user.roles.includes(ADMIN);
  const sales = user.roles.includes(SALES);
  return { opportunities: admin || sales, contracts: admin || sales || user.roles.includes(FINANCE) };
}
