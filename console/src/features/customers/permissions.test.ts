import { describe, expect, it } from 'vitest';
import { userWith } from '../../test/render';
import { customerActions, customerTabs, dealTabs } from './permissions';
import type { Customer } from './types';

const base: Customer = { id: 'c', kind: 'ORGANIZATION', name: 'Acme', ownerId: null, createdAt: '2026-11-01T00:00:00Z', version: 0 };
const owned = (ownerId: string): Customer => ({ ...base, ownerId });

describe('customer actions by role and state', () => {
  it('lets a salesperson claim a pool customer but not edit it; only the admin assigns it', () => {
    expect(customerActions(userWith('crm-sales'), base)).toMatchObject({ claim: true, edit: false, contacts: false, followUp: false, assign: false, release: false });
    expect(customerActions(userWith('crm-admin'), base)).toMatchObject({ claim: false, assign: true, transfer: false, edit: true, remove: true });
  });

  it("lets the owner edit, keep contacts, follow up and release, not a colleague's customer", () => {
    expect(customerActions(userWith('crm-sales'), owned('u-1'))).toMatchObject({ edit: true, contacts: true, followUp: true, release: true, claim: false, transfer: false, remove: false });
    expect(Object.values(customerActions(userWith('crm-sales'), owned('someone-else'))).some(Boolean)).toBe(false);
  });

  it('gives the admin transfer and release on an owned customer, and only restore on a deleted one', () => {
    expect(customerActions(userWith('crm-admin'), owned('someone'))).toMatchObject({ transfer: true, release: true, assign: false, restore: false });
    const deleted = { ...owned('u-1'), deletedAt: '2026-11-02T00:00:00Z' };
    const actions = customerActions(userWith('crm-admin'), deleted);
    expect(actions.restore).toBe(true);
    expect(Object.entries(actions).filter(([, v]) => v).map(([k]) => k)).toEqual(['restore']);
    expect(customerActions(userWith('crm-sales'), deleted).edit).toBe(false);
  });

  it('leaves marketing and finance read-only', () => {
    for (const role of ['crm-marketing', 'crm-finance'] as const) {
      expect(Object.values(customerActions(userWith(role), base)).some(Boolean)).toBe(false);
      expect(Object.values(customerActions(userWith(role), owned('u-1'))).some(Boolean)).toBe(false);
    }
  });

  it('gives each role its tabs and deal tabs', () => {
    expect(customerTabs(userWith('crm-sales'))).toEqual(['mine', 'pool']);
    expect(customerTabs(userWith('crm-admin'))).toEqual(['all', 'pool', 'deleted']);
    expect(customerTabs(userWith('crm-finance'))).toEqual(['visible', 'pool']);
    expect(dealTabs(userWith('crm-finance'))).toEqual({ opportunities: false, contracts: true });
    expect(dealTabs(userWith('crm-marketing'))).toEqual({ opportunities: false, contracts: false });
    expect(dealTabs(userWith('crm-sales'))).toEqual({ opportunities: true, contracts: true });
  });
});
