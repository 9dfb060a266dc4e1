import { ADMIN, MARKETING, SALES, type CurrentUser } from '../../auth/roles';
import { OPEN_STATUSES, type Lead } from './types';

/** Who may open the leads area, capture and import leads (lead-service: admin, sales, marketing). */
export const LEAD_ROLES = [ADMIN, SALES, MARKETING];

/** The list's tabs for this user: sales see theirs and the pool, the admin all and the pool, marketing theirs. */
export function leadTabs(user: CurrentUser): Array<'mine' | 'pool' | 'all' | 'visible'> {
  const tabs: Array<'mine' | 'pool' | 'all' | 'visible'> = [];
  if (user.roles.includes(SALES)) tabs.push('mine');
  if (user.roles.includes(ADMIN)) tabs.push('all');
  else if (user.roles.includes(MARKETING)) tabs.push('visible');
  tabs.push('pool');
  return tabs;
}

/**
 * The actions this user may take on this lead now, by role and state (the API refuses the others anyway):
 * the same rules as lead-service's README.
 */
export function leadActions(user: CurrentUser, lead: Lead) {
  const admin = user.roles.includes(ADMIN);
  const sales = user.roles.includes(SALES);
  const inPool = !lead.ownerId;
  const owner = !!lead.ownerId && lead.ownerId === user.id;
  const open = OPEN_STATUSES.includes(lead.status);
  return {
    claim: sales && inPool && lead.status === 'NEW',
    assign: admin && inPool && lead.status === 'NEW',
    release: (owner || admin) && !inPool && open,
    transfer: admin && !inPool && open,
    invalidate: (owner || admin) && !inPool && open,
    restore: admin && lead.status === 'INVALID',
    convert: (owner || admin) && !inPool && open,
    followUp: (owner || admin) && !inPool && open,
    edit: (owner || admin) && !inPool && open,
  };
}
