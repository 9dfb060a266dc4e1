import { ADMIN, FINANCE, SALES, type CurrentUser } from '../../auth/roles';
import type { Contract, Opportunity, Payment, PaymentPlan } from './types';

/** Who opens which part of the deals area (deal-service and billing-service READMEs, "Data scope"). */
export const OPPORTUNITY_ROLES = [ADMIN, SALES];
export const CONTRACT_ROLES = [ADMIN, SALES, FINANCE];
export const APPROVER_ROLES = [ADMIN];
export const PAYMENT_ROLES = [ADMIN, SALES, FINANCE];
export const RECEIVABLE_ROLES = [ADMIN, FINANCE];
export const SETTINGS_ROLES = [ADMIN];

const has = (user: CurrentUser, role: string) => user.roles.includes(role as never);

/** What this user may do with this opportunity now: the owner or an admin works on an open one. */
export function opportunityActions(user: CurrentUser, o: Opportunity) {
  const admin = has(user, ADMIN);
  const owner = has(user, SALES) && !!o.ownerId && o.ownerId === user.id;
  const open = o.status === 'OPEN';
  return {
    edit: (admin || owner) && open,
    move: (admin || owner) && open,
    reopen: admin && !open,
    followUp: admin || owner,
    createContract: (admin || owner) && o.status === 'WON',
    changeOwner: admin,
  };
}

/** What this user may do with this contract now, by role and status (deal-service "Statuses and moves"). */
export function contractActions(user: CurrentUser, c: Contract) {
  const admin = has(user, ADMIN);
  // A finance user who also sells works only on their own contracts (403 CONTRACT_READ_ONLY on another's).
  const owner = has(user, SALES) && !!c.ownerId && c.ownerId === user.id;
  const worker = admin || owner;
  return {
    edit: worker && (c.status === 'DRAFT' || c.status === 'ACTIVE'),
    submit: worker && c.status === 'DRAFT',
    approve: admin && c.status === 'PENDING_APPROVAL',
    reject: admin && c.status === 'PENDING_APPROVAL',
    complete: worker && c.status === 'ACTIVE',
    terminate: (admin && c.status !== 'COMPLETED' && c.status !== 'TERMINATED') || (owner && c.status === 'DRAFT'),
    changeOwner: admin && c.status === 'DRAFT',
  };
}

/** Plans and payments of a contract (billing-service): finance, or the salesperson who owns the contract. */
export function planActions(user: CurrentUser, plan: Pick<PaymentPlan, 'contractStatus' | 'ownerId'>) {
  const finance = has(user, FINANCE);
  const owner = has(user, SALES) && !!plan.ownerId && plan.ownerId === user.id;
  const active = plan.contractStatus === 'ACTIVE';
  return {
    editPlan: (finance || owner) && active,
    recordPayment: (finance || owner) && active,
    overCollect: finance,
  };
}

/** Only finance confirms (a recorded payment) and reverses (one not yet reversed). */
export function paymentActions(user: CurrentUser, p: Payment) {
  const finance = has(user, FINANCE);
  return {
    confirm: finance && p.status === 'RECORDED',
    reverse: finance && p.status !== 'REVERSED',
  };
}

export const isAdmin = (user: CurrentUser) => has(user, ADMIN);
export const isFinance = (user: CurrentUser) => has(user, FINANCE);
export const isSales = (user: CurrentUser) => has(user, SALES);
