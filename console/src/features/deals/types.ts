import type { Decimal } from '../../shared/money';

/** Shapes of deal-service's and billing-service's API (their README.md); every amount is a Decimal string here. */

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP'] as const;

export const OPPORTUNITY_STATUSES = ['OPEN', 'WON', 'LOST'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];
export const WON = 'WON';
export const LOST = 'LOST';


export interface LineItem {
  productName: string;
  quantity: string;
  unitPrice: Decimal;
  discount?: string | null;
  amount?: Decimal;
}

export interface Opportunity {
  id: string;
  customerId: string;
  name: string;
  amount: Decimal;
  currency: string;
  lines: LineItem[];
  expectedCloseDate?: string | null;
  stage: string;
  probability: number;
  status: OpportunityStatus;
  lossReason?: string | null;
  ownerId?: string | null;
  contactIds?: string[];
  sourceCampaignId?: string | null;
  description?: string | null;
  closedAt?: string | null;
  createdBy?: string | null;
  createdAt: string;
  updatedAt?: string;
  version: number;
}

export interface OpportunityInput {
  customerId?: string;
  name: string;
  amount?: Decimal;
  currency?: string;
  lines?: Array<{ productName: string; quantity: string; unitPrice: string; discount?: string }>;
  expectedCloseDate?: string;
  stage?: string;
  probability?: number;
  ownerId?: string;
  description?: string;
  version?: number;
}

export interface OpportunityFilters {
  stage?: string;
  status?: OpportunityStatus;
  ownerId?: string;
  customerId?: string;
  amountMin?: string;
  amountMax?: string;
  currency?: string;
  closeFrom?: string;
  closeTo?: string;
  keyword?: string;
}

export interface Stage {
  code: string;
  name: string;
  probability: number;
  open: boolean;
}

export interface LossReason {
  code: string;
  label: string;
  builtIn: boolean;
}

export interface PipelineSettings {
  stages: Stage[];
  lossReasons: LossReason[];
}

export interface CurrencyTotal {
  currency: string;
  count: number;
  amount: Decimal;
  weightedAmount: Decimal;
}

export interface PipelineColumn extends Stage {
  stage: string;
  count: number;
  totals: CurrencyTotal[];
}

export interface ForecastMonth extends CurrencyTotal {
  month: string;
}

export interface StageChange {
  fromStage?: string | null;
  toStage: string;
  lossReason?: string | null;
  changedBy?: string | null;
  changedAt: string;
}

export interface DealFollowUp {
  id: string;
  type: string;
  content: string;
  occurredAt: string;
  nextFollowUpAt?: string | null;
  createdBy?: string | null;
  createdAt: string;
}

export const CONTRACT_STATUSES = ['DRAFT', 'PENDING_APPROVAL', 'ACTIVE', 'COMPLETED', 'TERMINATED'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export interface Contract {
  id: string;
  number: string;
  title: string;
  customerId: string;
  opportunityId?: string | null;
  amount: Decimal;
  currency: string;
  lines: LineItem[];
  signedAt?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  ownerId?: string | null;
  signatoryContactId?: string | null;
  sourceCampaignId?: string | null;
  status: ContractStatus;
  approvedAmount?: Decimal | null;
  approvedBy?: string | null;
  approvedAt?: string | null;
  terminationReason?: string | null;
  createdBy?: string | null;
  createdAt: string;
  updatedAt?: string;
  version: number;
}

export interface ContractInput {
  opportunityId?: string;
  customerId?: string;
  title?: string;
  amount?: Decimal;
  currency?: string;
  lines?: OpportunityInput['lines'];
  signedAt?: string;
  startDate?: string;
  endDate?: string;
  signatoryContactId?: string;
  ownerId?: string;
  version?: number;
}

export interface ContractFilters {
  status?: ContractStatus;
  ownerId?: string;
  customerId?: string;
  opportunityId?: string;
  signedFrom?: string;
  signedTo?: string;
  amountMin?: string;
  amountMax?: string;
  currency?: string;
  keyword?: string;
}

export interface ApprovalStep {
  action: 'SUBMITTED' | 'APPROVED' | 'REJECTED';
  amount: Decimal;
  currency: string;
  comment?: string | null;
  actedBy?: string | null;
  actedAt: string;
}

export const INSTALLMENT_STATUSES = ['PENDING', 'PARTIALLY_PAID', 'PAID', 'OVERDUE'] as const;

export interface Installment {
  id?: string;
  dueDate: string;
  amount: Decimal;
  note?: string | null;
  paid: Decimal;
  recorded: Decimal;
  unpaid: Decimal;
  status: (typeof INSTALLMENT_STATUSES)[number];
}

export interface PaymentPlan {
  contractId: string;
  contractNumber?: string | null;
  contractStatus: ContractStatus;
  customerId?: string | null;
  ownerId?: string | null;
  currency: string;
  contractAmount: Decimal;
  planned: Decimal;
  collected: Decimal;
  recordedUnconfirmed: Decimal;
  outstanding: Decimal;
  overdue: Decimal;
  version: number;
  installments: Installment[];
  updatedBy?: string | null;
  updatedAt?: string | null;
}

export interface PlanInput {
  version: number;
  installments: Array<{ id?: string; dueDate: string; amount: Decimal; note?: string }>;
}

export const PAYMENT_METHODS = ['BANK_TRANSFER', 'CASH', 'CHECK', 'ALIPAY', 'WECHAT_PAY', 'OTHER'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_STATUSES = ['RECORDED', 'CONFIRMED', 'REVERSED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export interface Payment {
  id: string;
  contractId: string;
  customerId?: string | null;
  amount: Decimal;
  currency: string;
  receivedAt: string;
  method: PaymentMethod;
  reference?: string | null;
  status: PaymentStatus;
  installmentIds?: string[];
  recordedBy?: string | null;
  createdAt: string;
  confirmedBy?: string | null;
  confirmedAt?: string | null;
  reversedBy?: string | null;
  reversedAt?: string | null;
  reversalReason?: string | null;
}

export interface PaymentDetail extends Payment {
  allocations: Array<{ installmentId: string; amount: Decimal }>;
  history: Array<{ type: PaymentStatus; amount: Decimal; by?: string | null; at: string; reason?: string | null }>;
}

export interface PaymentInput {
  contractId: string;
  amount: Decimal;
  currency: string;
  receivedAt: string;
  method: PaymentMethod;
  reference?: string;
  installmentIds?: string[];
}

export interface PaymentFilters {
  contractId?: string;
  customerId?: string;
  status?: PaymentStatus;
  method?: PaymentMethod;
  receivedFrom?: string;
  receivedTo?: string;
  amountMin?: string;
  amountMax?: string;
}

export const RECEIVABLE_STATUSES = ['overdue', 'outstanding', 'paid'] as const;

export interface Receivable {
  contractId: string;
  contractNumber: string;
  title: string;
  customerId: string;
  ownerId?: string | null;
  currency: string;
  contractStatus: ContractStatus;
  amount: Decimal;
  planned: Decimal;
  collected: Decimal;
  recordedUnconfirmed: Decimal;
  outstanding: Decimal;
  overdue: Decimal;
  status: 'PAID' | 'OVERDUE' | 'OUTSTANDING';
}

export interface ReceivableFilters {
  customerId?: string;
  ownerId?: string;
  status?: (typeof RECEIVABLE_STATUSES)[number];
  currency?: string;
}

export const AGING_BUCKETS = ['notYetDue', 'days1To30', 'days31To60', 'days61To90', 'over90Days', 'unscheduled'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

export type AgingRow = { currency: string; contracts: number; total: Decimal } & Record<AgingBucket, Decimal>;

export interface Aging {
  asOf: string;
  currencies: AgingRow[];
}

export type SummaryGroup = 'customer' | 'owner' | 'month';

export interface SummaryRow {
  key: string;
  currency: string;
  contracts?: number;
  payments?: number;
  amount?: Decimal;
  planned?: Decimal;
  collected: Decimal;
  recordedUnconfirmed?: Decimal;
  outstanding?: Decimal;
  overdue?: Decimal;
}

export interface Summary {
  groupBy: SummaryGroup;
  asOf: string;
  rows: SummaryRow[];
}

export interface SummaryFilters {
  groupBy: SummaryGroup;
  ownerId?: string;
  customerId?: string;
  status?: string;
  currency?: string;
  from?: string;
  to?: string;
}

export interface CustomerOption {
  id: string;
  name: string;
  ownerId?: string | null;
}

export interface ContactOption {
  id: string;
  name: string;
}

export type { Salesperson } from '../../shared/salespeople';
