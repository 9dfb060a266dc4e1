/** Shapes of campaign-service's API (campaign-service/README.md, its controllers and DTOs in the web packages). */
export const CAMPAIGN_STATUSES = ['DRAFT', 'PUBLISHED', 'CLOSED', 'CANCELLED'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const CAMPAIGN_MODES = ['ONLINE', 'OFFLINE'] as const;
export type CampaignMode = (typeof CAMPAIGN_MODES)[number];

export const TARGET_OBJECTS = ['LEAD', 'CUSTOMER'] as const;
export type TargetObject = (typeof TARGET_OBJECTS)[number];

/**
 * Money as the API writes it: an exact JSON number with two decimals (`100000.00`). The console keeps amounts as
 * decimal strings (money.ts) and sends them as strings too, so nothing passes through floating point on the way out.
 */
export type Money = number | string;

export interface Campaign {
  id: string;
  name: string;
  /** a code of the campaign types catalogue */
  type: string;
  mode: CampaignMode;
  startAt: string;
  endAt: string;
  ownerId?: string | null;
  budget: Money;
  currency: string;
  actualCost?: Money | null;
  expectedLeads?: number | null;
  expectedRevenue?: Money | null;
  targetObject: TargetObject;
  description?: string | null;
  status: CampaignStatus;
  autoSync: boolean;
  /** the current form's version; null until a form was saved */
  formVersion?: number | null;
  createdBy?: string | null;
  createdAt: string;
  updatedAt?: string | null;
  publishedAt?: string | null;
  closedAt?: string | null;
  version: number;
}

/** POST / PUT body: the basic information as a whole (PUT adds `version`). */
export interface CampaignInput {
  name: string;
  type: string;
  mode: CampaignMode;
  startAt: string;
  endAt: string;
  ownerId?: string;
  budget: string;
  currency?: string;
  actualCost?: string;
  expectedLeads?: number;
  expectedRevenue?: string;
  targetObject: TargetObject;
  description?: string;
  autoSync?: boolean;
  version?: number;
}

export interface CampaignType {
  code: string;
  label: string;
  builtIn: boolean;
  active: boolean;
}

export const FIELD_TYPES = ['TEXT', 'NUMBER', 'DATE', 'SINGLE_CHOICE', 'MULTI_CHOICE', 'CONSENT'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
export const CHOICE_TYPES: FieldType[] = ['SINGLE_CHOICE', 'MULTI_CHOICE'];

/** One field of a capture form, in display order. */
export interface FormField {
  key: string;
  label?: string | null;
  type?: FieldType | null;
  required: boolean;
  options?: string[] | null;
}

export interface CampaignForm {
  campaignId: string;
  version: number;
  fields: FormField[];
}

export interface PromotionLink {
  url: string;
  token: string;
}

export type MemberOrigin = 'ONLINE' | 'OFFLINE' | 'IMPORT' | string;
export const MEMBER_ORIGINS = ['ONLINE', 'OFFLINE'] as const;
export const SYNC_STATUSES = ['PENDING', 'SYNCED', 'FAILED'] as const;
export type SyncStatus = (typeof SYNC_STATUSES)[number];

export type Answer = string | number | boolean | string[] | null;

export interface Member {
  id: string;
  campaignId: string;
  answers: Record<string, Answer>;
  origin: MemberOrigin;
  syncStatus: SyncStatus;
  syncError?: string | null;
  leadId?: string | null;
  customerId?: string | null;
  formVersion: number;
  submissions: number;
  submittedAt: string;
  updatedAt?: string | null;
  syncedAt?: string | null;
  createdBy?: string | null;
}

export interface MemberFilters {
  origin?: string;
  syncStatus?: SyncStatus;
}

export interface AnswerError {
  field: string;
  code?: string;
  message?: string;
}

/** The answer to an import (or an array of entries): counts, then each row with its outcome. */
export interface CaptureReport {
  total: number;
  created: number;
  merged: number;
  invalid: number;
  items: { index: number; outcome: 'CREATED' | 'MERGED' | 'INVALID'; memberId?: string | null; errors?: AnswerError[] | null }[];
}

export interface SyncResult {
  memberId: string;
  outcome: 'CREATED' | 'LINKED' | 'FAILED';
  recordId?: string | null;
  reason?: string | null;
}

export interface SyncReport {
  synced: number;
  linked: number;
  failed: number;
  truncated: boolean;
  results: SyncResult[];
}

export interface Conversion {
  visitorsToMembers: Money | null;
  membersToLeads: Money | null;
  leadsToCustomers: Money | null;
  customersToOpportunities: Money | null;
  opportunitiesToWon: Money | null;
  wonToContracts: Money | null;
}

export interface DailyStats {
  day: string;
  views: number;
  uniqueVisitors: number;
  members: number;
  leads: number;
  customers: number;
  opportunities: number;
  wonOpportunities: number;
  contracts: number;
  contractAmount: Money;
  collectedAmount: Money;
}

export interface CampaignStats {
  campaignId: string;
  currency: string;
  views: number;
  uniqueVisitors: number;
  submissions: number;
  members: number;
  synced: number;
  leads: number;
  customers: number;
  opportunities: number;
  wonOpportunities: number;
  contracts: number;
  contractAmount: Money;
  collectedAmount: Money;
  cost: Money;
  roi: Money | null;
  roiCollected: Money | null;
  conversion: Conversion;
  otherCurrencies: { currency: string; contracts: number; contractAmount: Money; collectedAmount: Money }[];
  from: string;
  to: string;
  daily: DailyStats[];
}

/** The list's filters (the query of GET /api/v1/campaigns besides paging). */
export interface CampaignFilters {
  status?: CampaignStatus;
  mode?: CampaignMode;
  type?: string;
  keyword?: string;
  from?: string;
  to?: string;
}
