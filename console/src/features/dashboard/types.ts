/** lead-service GET /api/v1/leads/team-report: one salesperson's lead figures. */
export interface LeadFigures {
  ownerId: string;
  leadsHeld: number;
  followUps: number;
  conversions: number;
  followUpsDue: number;
}

/** deal-service GET /api/v1/opportunities/team-report: closed business of one salesperson in one currency. */
export interface DealFigures {
  ownerId: string;
  currency: string;
  won: number;
  wonAmount: Amount;
  lost: number;
  lostAmount: Amount;
  contracts: number;
  contractAmount: Amount;
}

export interface LossReasonCount {
  ownerId: string;
  reason: string;
  count: number;
}

export interface LeadTeamReport {
  from: string;
  to: string;
  rows: LeadFigures[];
}

export interface DealTeamReport {
  from: string;
  to: string;
  rows: DealFigures[];
  lossReasons: LossReasonCount[];
}

/** billing-service GET /api/v1/receivables/summary?groupBy=owner: one owner's receivables in one currency. */
export interface ReceivableTotals {
  key: string;
  currency: string;
  contracts: number;
  amount: Amount;
  collected: Amount;
  outstanding: Amount;
  overdue: Amount;
}

/** deal-service GET /api/v1/opportunities/pipeline. */
export interface PipelineStage {
  stage: string;
  name: string;
  probability: number;
  open: boolean;
  count: number;
  totals: { currency: string; count: number; amount: Amount; weightedAmount: Amount }[];
}

/** campaign-service GET /api/v1/campaigns/lead-sources. */
export interface LeadSources {
  total: number;
  bySource: { source: string; leads: number }[];
  byCampaign: { campaignId: string; leads: number }[];
}

/** A lead or customer whose next follow-up is due (fields both lists share). */
export interface DueItem {
  id: string;
  name: string;
  company?: string | null;
  nextFollowUpAt?: string | null;
}

/** An amount as the API sends it: a JSON number of at most two decimals (strings are accepted too). */
export type Amount = number | string;

/** An amount of one currency. */
export interface Money {
  currency: string;
  amount: Amount;
}
