import { describe, expect, it } from 'vitest';
import { userWith } from '../../test/render';
import { contractActions, opportunityActions, paymentActions, planActions } from './permissions';
import type { Contract, Opportunity, Payment } from './types';

const opportunity: Opportunity = {
  id: 'o', customerId: 'c', name: 'Deal', amount: '100.00', currency: 'CNY', lines: [], stage: 'PROPOSAL', probability: 60,
  status: 'OPEN', ownerId: 'u-1', createdAt: '', version: 0,
};
const contract: Contract = {
  id: 'k', number: 'HT-2026-000001', title: 'T', customerId: 'c', amount: '100.00', currency: 'CNY', lines: [],
  status: 'DRAFT', ownerId: 'u-1', createdAt: '', version: 0,
};
const payment: Payment = {
  id: 'p', contractId: 'k', amount: '10.00', currency: 'CNY', receivedAt: '2026-12-01', method: 'CASH', status: 'RECORDED', createdAt: '',
};

describe('deal actions by role and state', () => {
  it("lets the owner move and edit an open opportunity, not another's; a closed one only the admin reopens", () => {
    expect(opportunityActions(userWith('crm-sales'), opportunity)).toMatchObject({ move: true, edit: true, reopen: false, createContract: false });
    expect(opportunityActions(userWith('crm-sales'), { ...opportunity, ownerId: 'other' })).toMatchObject({ move: false, edit: false });
    const won = { ...opportunity, status: 'WON' as const };
    expect(opportunityActions(userWith('crm-sales'), won)).toMatchObject({ move: false, edit: false, reopen: false, createContract: true });
    expect(opportunityActions(userWith('crm-admin'), won)).toMatchObject({ reopen: true, createContract: true });
  });

  it('follows the contract moves: the owner submits a draft, only the admin approves, rejects and terminates past draft', () => {
    const sales = userWith('crm-sales');
    const admin = userWith('crm-admin');
    expect(contractActions(sales, contract)).toMatchObject({ submit: true, edit: true, approve: false, terminate: true });
    const pending = { ...contract, status: 'PENDING_APPROVAL' as const };
    expect(contractActions(sales, pending)).toMatchObject({ submit: false, edit: false, approve: false, reject: false, terminate: false });
    expect(contractActions(admin, pending)).toMatchObject({ approve: true, reject: true, edit: false, terminate: true });
    const active = { ...contract, status: 'ACTIVE' as const };
    expect(contractActions(sales, active)).toMatchObject({ complete: true, edit: true, terminate: false });
    const completed = { ...contract, status: 'COMPLETED' as const };
    expect(Object.values(contractActions(admin, completed)).some(Boolean)).toBe(false);
  });

  it('gives finance only reading on contracts, and finance alone confirms and reverses payments', () => {
    const finance = userWith('crm-finance');
    expect(Object.values(contractActions(finance, { ...contract, ownerId: 'other', status: 'PENDING_APPROVAL' })).some(Boolean)).toBe(false);
    expect(paymentActions(finance, payment)).toEqual({ confirm: true, reverse: true });
    expect(paymentActions(finance, { ...payment, status: 'CONFIRMED' })).toEqual({ confirm: false, reverse: true });
    expect(paymentActions(finance, { ...payment, status: 'REVERSED' })).toEqual({ confirm: false, reverse: false });
    expect(paymentActions(userWith('crm-sales'), payment)).toEqual({ confirm: false, reverse: false });
    expect(paymentActions(userWith('crm-admin'), payment)).toEqual({ confirm: false, reverse: false });
  });

  it('lets the owning salesperson and finance plan and record on an active contract; the admin only reads', () => {
    const active = { contractStatus: 'ACTIVE' as const, ownerId: 'u-1' };
    expect(planActions(userWith('crm-sales'), active)).toMatchObject({ editPlan: true, recordPayment: true, overCollect: false });
    expect(planActions(userWith('crm-sales'), { ...active, ownerId: 'other' })).toMatchObject({ editPlan: false, recordPayment: false });
    expect(planActions(userWith('crm-finance'), active)).toMatchObject({ editPlan: true, recordPayment: true, overCollect: true });
    expect(planActions(userWith('crm-admin'), active)).toMatchObject({ editPlan: false, recordPayment: false });
    expect(planActions(userWith('crm-finance'), { ...active, contractStatus: 'COMPLETED' })).toMatchObject({ editPlan: false, recordPayment: false });
  });
});
