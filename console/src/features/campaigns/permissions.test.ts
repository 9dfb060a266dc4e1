import { describe, expect, it } from 'vitest';
import { userWith } from '../../test/render';
import { campaignActions, editableFields } from './permissions';
import type { Campaign } from './types';

const campaign = (status: Campaign['status'], extra: Partial<Campaign> = {}) =>
  ({ status, mode: 'ONLINE', formVersion: 1, ...extra }) as Campaign;

describe('campaign actions by role and status', () => {
  it('lets marketing publish a draft with a form, and says a draft without one is not ready', () => {
    const marketing = userWith('crm-marketing');
    expect(campaignActions(marketing, campaign('DRAFT'))).toMatchObject({ publish: true, publishReady: true, close: false, cancel: true, sync: false, addMembers: false, showLink: false });
    expect(campaignActions(marketing, campaign('DRAFT', { formVersion: null }))).toMatchObject({ publish: true, publishReady: false });
  });

  it('closes, cancels, syncs and takes members while published; after closing only syncs and takes members', () => {
    const admin = userWith('crm-admin');
    expect(campaignActions(admin, campaign('PUBLISHED'))).toMatchObject({ publish: false, close: true, cancel: true, sync: true, addMembers: true, regenerateLink: true, editForm: true });
    expect(campaignActions(admin, campaign('CLOSED'))).toMatchObject({ close: false, cancel: false, sync: true, addMembers: true, regenerateLink: false, editForm: false, showLink: true });
    expect(campaignActions(admin, campaign('CANCELLED'))).toMatchObject({ sync: false, addMembers: false, editForm: false });
  });

  it('gives an offline campaign no link', () => {
    expect(campaignActions(userWith('crm-marketing'), campaign('PUBLISHED', { mode: 'OFFLINE' }))).toMatchObject({ showLink: false, regenerateLink: false, sync: true });
  });

  it('lets sales and finance read only', () => {
    for (const role of ['crm-sales', 'crm-finance'] as const) {
      const can = campaignActions(userWith(role), campaign('PUBLISHED'));
      expect(Object.entries(can).filter(([k, v]) => v === true && k !== 'showLink' && k !== 'publishReady')).toEqual([]);
      expect(can.showLink).toBe(true);
    }
  });

  it('limits an edit by status', () => {
    expect(editableFields('DRAFT')).toBe('all');
    expect(editableFields('PUBLISHED')).toBe('published');
    expect(editableFields('CLOSED')).toBe('costOnly');
    expect(editableFields('CANCELLED')).toBe('costOnly');
  });
});
