/** Shapes of lead-service's API (lead-service/README.md, /v3/api-docs/lead). */
export const LEAD_STATUSES = ['NEW', 'ASSIGNED', 'FOLLOWING', 'CONVERTED', 'INVALID'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export const OPEN_STATUSES: LeadStatus[] = ['NEW', 'ASSIGNED', 'FOLLOWING'];

export const LEAD_SOURCES = ['TRADE_SHOW', 'ADVERTISING', 'WEBSITE', 'WEBINAR', 'WHITEPAPER', 'REFERRAL', 'COLD_CALL', 'OTHER'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

import type { FollowUpType } from '../../shared/FollowUpTimeline';

export interface Lead {
  id: string;
  name: string;
  company?: string | null;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
  otherContact?: string | null;
  source: LeadSource;
  channel?: string | null;
  campaignId?: string | null;
  industry?: string | null;
  city?: string | null;
  notes?: string | null;
  customFields?: Record<string, string>;
  status: LeadStatus;
  invalidReason?: string | null;
  ownerId?: string | null;
  customerId?: string | null;
  createdBy?: string | null;
  createdAt: string;
  updatedAt?: string;
  lastFollowUpAt?: string | null;
  nextFollowUpAt?: string | null;
  version: number;
}

export interface LeadInput {
  name: string;
  company?: string;
  title?: string;
  phone?: string;
  email?: string;
  otherContact?: string;
  source?: LeadSource;
  channel?: string;
  industry?: string;
  city?: string;
  notes?: string;
}

export interface FollowUp {
  id: string;
  leadId: string;
  type: FollowUpType;
  content: string;
  occurredAt: string;
  nextFollowUpAt?: string | null;
  createdBy?: string;
  createdAt: string;
}

export interface HistoryEntry {
  action: 'ASSIGNED' | 'CLAIMED' | 'RELEASED' | 'TRANSFERRED' | 'RECYCLED' | 'OFFBOARDED' | 'CONVERTED';
  fromOwnerId?: string | null;
  toOwnerId?: string | null;
  reason?: string | null;
  actor?: string | null;
  occurredAt: string;
}

export interface SourceChannel {
  code: string;
  label: string;
  source: LeadSource;
  active: boolean;
}

/** GET/PUT /api/v1/leads/auto-assignment: round-robin assignment of leads captured without an owner. */
export interface AutoAssignment {
  enabled: boolean;
  salespeople: string[];
  nextSalespersonId?: string | null;
  updatedBy?: string | null;
  updatedAt?: string | null;
}

export interface Sources {
  builtIn: { code: LeadSource; label: string }[];
  channels: SourceChannel[];
}

export interface ImportRow {
  row: number;
  outcome: 'CREATED' | 'DUPLICATE' | 'INVALID';
  leadId?: string | null;
  existingId?: string | null;
  errors?: { field: string; code?: string; message?: string }[] | string[] | null;
}

export interface ImportReport {
  total: number;
  created: number;
  duplicates: number;
  invalid: number;
  rows: ImportRow[];
}

export interface ConvertResult {
  leadId: string;
  customerId: string;
  contactId: string;
  status: 'CONVERTED';
}

export type { Salesperson } from '../../shared/salespeople';

/** The list's filters (the query of GET /api/v1/leads besides paging). */
export interface LeadFilters {
  scope?: 'mine' | 'pool';
  status?: LeadStatus;
  source?: LeadSource;
  channel?: string;
  ownerId?: string;
  keyword?: string;
  createdFrom?: string;
  createdTo?: string;
}
