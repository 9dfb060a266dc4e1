import { describe, expect, it } from 'vitest';
import { userWith } from '../../test/render';
import { leadActions } from './permissions';
import type { Lead } from './types';

const base: Lead = { id: 'l', name: 'n', source: 'OTHER', status: 'NEW', ownerId: null, createdAt: '', version: 0 };

describe('lead actions by role and state', () => {
  it('lets a salesperson claim a pool lead, and only the admin assign it', () => {
    expect(leadActions(userWith('crm-sales'), base)).toMatchObject({ claim: true, assign: false, convert: false });
    expect(leadActions(userWith('crm-admin'), base)).toMatchObject({ claim: false, assign: true, transfer: false });
  });

  it("lets the owner follow up, release and convert their lead, not another's", () => {
    const mine = { ...base, status: 'ASSIGNED' as const, ownerId: 'u-1' };
    expect(leadActions(userWith('crm-sales'), mine)).toMatchObject({ followUp: true, release: true, convert: true, edit: true, transfer: false, claim: false });
    expect(leadActions(userWith('crm-sales'), { ...mine, ownerId: 'someone' })).toMatchObject({ followUp: false, convert: false, edit: false });
    expect(leadActions(userWith('crm-sales'), base).edit).toBe(false);
  });

  it('lets only the admin restore an invalid lead; nothing moves a converted one', () => {
    const invalid = { ...base, status: 'INVALID' as const, ownerId: 'u-1' };
    expect(leadActions(userWith('crm-admin'), invalid).restore).toBe(true);
    expect(leadActions(userWith('crm-sales'), invalid).restore).toBe(false);
    const converted = { ...base, status: 'CONVERTED' as const, ownerId: 'u-1' };
    expect(Object.values(leadActions(userWith('crm-admin'), converted)).some(Boolean)).toBe(false);
  });
});
