import { ADMIN, FINANCE, MARKETING, SALES, type CurrentUser } from '../../auth/roles';
import type { Campaign } from './types';

/** Who reads campaigns, their members, link and data (campaign-service: admin, marketing, sales, finance). */
export const CAMPAIGN_READ_ROLES = [ADMIN, MARKETING, SALES, FINANCE];
/** Who creates, edits, publishes, closes, cancels and deletes campaigns, enters and imports members, syncs. */
export const CAMPAIGN_MANAGE_ROLES = [ADMIN, MARKETING];

export function canManageCampaigns(user: CurrentUser): boolean {
  return user.roles.some((r) => CAMPAIGN_MANAGE_ROLES.includes(r));
}

/**
 * The actions this user may take on this campaign now, by role and status: the table "Statuses" of
 * campaign-service's README (the API refuses the others anyway).
 */
export function campaignActions(user: CurrentUser, campaign: Pick<Campaign, 'status' | 'mode' | 'formVersion'>) {
  const manage = canManageCampaigns(user);
  const { status } = campaign;
  const hasForm = campaign.formVersion !== null && campaign.formVersion !== undefined;
  const online = campaign.mode === 'ONLINE';
  return {
    /** PUT /{id}: every status, but CLOSED and CANCELLED only change the cost and the description */
    edit: manage,
    editForm: manage && (status === 'DRAFT' || status === 'PUBLISHED'),
    /** a draft needs a saved form first (409 FORM_REQUIRED otherwise): the button says so */
    publish: manage && status === 'DRAFT',
    publishReady: hasForm,
    close: manage && status === 'PUBLISHED',
    cancel: manage && (status === 'DRAFT' || status === 'PUBLISHED'),
    /** any status, but only without members (409 CAMPAIGN_HAS_MEMBERS: close or cancel instead) */
    remove: manage,
    /** offline entry and CSV import: PUBLISHED, and CLOSED too (cards come in after the event) */
    addMembers: manage && hasForm && (status === 'PUBLISHED' || status === 'CLOSED'),
    sync: manage && (status === 'PUBLISHED' || status === 'CLOSED'),
    /** an online campaign's link exists once published, and stays for the public page's "it is over" */
    showLink: online && status !== 'DRAFT',
    regenerateLink: manage && online && status === 'PUBLISHED',
  };
}

export type CampaignActions = ReturnType<typeof campaignActions>;

/** Which basic fields an edit may change in this status (the rest are shown disabled). */
export function editableFields(status: Campaign['status'] | undefined): 'all' | 'published' | 'costOnly' {
  if (!status || status === 'DRAFT') return 'all';
  if (status === 'PUBLISHED') return 'published';
  return 'costOnly';
}
