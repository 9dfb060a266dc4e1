/**
 * Shapes of customer-service's API (customer-service/README.md, the records in the web packages of customer-service), and the
 * few of deal-service's that the customer's tabs list (deal-service/README.md).
 */
export const CUSTOMER_KINDS = ['ORGANIZATION', 'INDIVIDUAL'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

export const CUSTOMER_LEVELS = ['A', 'B', 'C'] as const;
export type CustomerLevel = (typeof CUSTOMER_LEVELS)[number];

/** Where a customer came from: lead-service's LeadSource, shared by customers. */
export const CUSTOMER_SOURCES = ['TRADE_SHOW', 'ADVERTISING', 'WEBSITE', 'WEBINAR', 'WHITEPAPER', 'REFERRAL', 'COLD_CALL', 'OTHER'] as const;
export type CustomerSource = (typeof CUSTOMER_SOURCES)[number];

/** deal-service's latest computation for the customer: NONE, an open deal, or a closed one (active/completed contract). */
export const DEAL_STATUSES = ['NONE', 'IN_PROGRESS', 'DEAL'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

export const DECISION_ROLES = ['DECISION_MAKER', 'USER', 'INFLUENCER', 'PURCHASER'] as const;
export type DecisionRole = (typeof DECISION_ROLES)[number];

import type { FollowUpType } from '../../shared/FollowUpTimeline';
export { FOLLOW_UP_TYPES, type FollowUpType } from '../../shared/FollowUpTimeline';

export const OWNER_CHANGES = ['ASSIGNED', 'TRANSFERRED', 'CLAIMED', 'RELEASED', 'RECYCLED', 'OFFBOARDED'] as const;
export type OwnerChange = (typeof OWNER_CHANGES)[number];

export interface Contact {
  id: string;
  customerId: string;
  name: string;
  title?: string | null;
  department?: string | null;
  phone?: string | null;
  email?: string | null;
  otherContact?: string | null;
  decisionRole?: DecisionRole | null;
  primary: boolean;
  notes?: string | null;
  createdAt: string;
  updatedAt?: string | null;
  version: number;
}

export interface ContactInput {
  name: string;
  title?: string;
  department?: string;
  phone?: string;
  email?: string;
  otherContact?: string;
  decisionRole?: DecisionRole;
  primary?: boolean;
  notes?: string;
  /** required on PUT */
  version?: number;
}

export interface RecentFollowUp {
  id: string;
  type: FollowUpType;
  content: string;
  occurredAt: string;
  nextFollowUpAt?: string | null;
  contactIds?: string[];
  createdBy?: string | null;
}

export interface Customer {
  id: string;
  kind: CustomerKind;
  name: string;
  industry?: string | null;
  level?: CustomerLevel | null;
  source?: CustomerSource | null;
  sourceLeadId?: string | null;
  sourceCampaignId?: string | null;
  address?: string | null;
  phone?: string | null;
  website?: string | null;
  remarks?: string | null;
  tags?: string[];
  /** null: in the pool (公海) */
  ownerId?: string | null;
  dealStatus?: DealStatus | null;
  createdBy?: string | null;
  createdAt: string;
  updatedAt?: string | null;
  lastFollowUpAt?: string | null;
  nextFollowUpAt?: string | null;
  /** set: soft-deleted (only an admin sees these) */
  deletedAt?: string | null;
  version: number;
  /** only in GET /customers/{id}: primary first */
  contacts?: Contact[] | null;
  recentFollowUps?: RecentFollowUp[] | null;
  /** only in GET /customers/{id}: when the tenant's recycling rules take it back to the pool; null: never */
  recycleDueAt?: string | null;
}

/** The body of POST /customers (PUT adds `version`, and has no `sourceCampaignId`). */
export interface CustomerInput {
  kind: CustomerKind;
  name: string;
  industry?: string;
  level?: CustomerLevel;
  source?: CustomerSource;
  address?: string;
  phone?: string;
  website?: string;
  remarks?: string;
  tags?: string[];
  version?: number;
}

export interface FollowUp {
  id: string;
  customerId: string;
  type: FollowUpType;
  content: string;
  occurredAt: string;
  nextFollowUpAt?: string | null;
  contactIds?: string[];
  createdBy?: string | null;
  createdAt: string;
}

export interface FollowUpInput {
  type: FollowUpType;
  content: string;
  occurredAt: string;
  nextFollowUpAt?: string;
  contactIds?: string[];
}

/** One entry of GET /customers/{id}/timeline: a follow-up or an ownership change. */
export interface TimelineItem {
  type: 'FOLLOW_UP' | 'OWNER_CHANGE';
  id: string;
  at: string;
  /** who; `system` for recycling */
  by?: string | null;
  followUpType?: FollowUpType;
  content?: string;
  nextFollowUpAt?: string | null;
  contactIds?: string[];
  change?: OwnerChange;
  fromOwnerId?: string | null;
  toOwnerId?: string | null;
  reason?: string | null;
}

export interface HistoryEntry {
  id: string;
  change: OwnerChange;
  fromOwnerId?: string | null;
  toOwnerId?: string | null;
  reason?: string | null;
  changedBy?: string | null;
  changedAt: string;
}

export interface Ownership {
  id: string;
  ownerId?: string | null;
  version: number;
}

export interface RecyclingRules {
  enabled: boolean;
  noFollowUpDays: number;
  noDealDays: number;
  warnDaysBefore: number;
  exemptWithDeal: boolean;
  usingDefaults?: boolean;
  updatedBy?: string | null;
  updatedAt?: string | null;
}

export interface OffboardResult {
  userId: string;
  toOwnerId?: string | null;
  toPool: boolean;
  moved: number;
  customerIds: string[];
}

export type { Salesperson } from '../../shared/salespeople';

/** The list's filters (the query of GET /api/v1/customers besides paging). */
export interface CustomerFilters {
  scope?: 'mine' | 'pool';
  ownerId?: string;
  level?: CustomerLevel;
  industry?: string;
  source?: CustomerSource;
  dealStatus?: DealStatus;
  tag?: string;
  keyword?: string;
  noFollowUpForDays?: number;
  recycleDueWithinDays?: number;
  deleted?: boolean;
}

/**
 * An amount as the API sends it. deal-service writes BigDecimal as a JSON number; a string is accepted too, so the
 * value is never rounded through arithmetic here, only formatted.
 */
export type Amount = string | number;

export interface Opportunity {
  id: string;
  customerId: string;
  name: string;
  amount: Amount;
  currency: string;
  expectedCloseDate?: string | null;
  stage: string;
  probability: number;
  status: 'OPEN' | 'WON' | 'LOST';
  ownerId?: string | null;
  createdAt: string;
}

export interface Contract {
  id: string;
  number: string;
  title: string;
  customerId: string;
  opportunityId?: string | null;
  amount: Amount;
  currency: string;
  signedAt?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  ownerId?: string | null;
  status: 'DRAFT' | 'PENDING_APPROVAL' | 'ACTIVE' | 'COMPLETED' | 'TERMINATED';
  createdAt: string;
}
