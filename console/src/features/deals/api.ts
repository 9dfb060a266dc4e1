import { api, request, type PageResponse, type Query } from '../../api/client';
import { saveBlob } from '../../shared/download';
import type { PageRequest } from '../../shared/usePagedTable';
import { decimal, decimalOf } from '../../shared/money';
import type {
  Aging, ApprovalStep, ContactOption, Contract, ContractFilters, ContractInput, CustomerOption, DealFollowUp,
  ForecastMonth, LineItem, Opportunity, OpportunityFilters, OpportunityInput, Payment, PaymentDetail,
  PaymentFilters, PaymentInput, PaymentPlan, PipelineColumn, PipelineSettings, PlanInput, Receivable,
  ReceivableFilters, StageChange, Summary, SummaryFilters,
} from './types';

/*
 * deal-service (/opportunities, /pipeline-stages, /contracts) and billing-service (/contracts/{id}/payment-plan,
 * /payments, /receivables) through the gateway. Every amount is turned into a decimal string as it arrives (see
 * money.ts) and sent back as that string: Jackson reads a JSON string into a BigDecimal exactly.
 */

type Raw = Record<string, unknown>;
type Amount = number | string | null | undefined;

/** The listed members of a JSON object as decimal strings (absent ones stay absent). */
function amounts<T>(raw: unknown, keys: string[], required: string[] = []): T {
  const object = { ...(raw as Raw) };
  for (const key of keys) object[key] = decimalOf(object[key] as Amount) ?? null;
  for (const key of required) object[key] = decimal(object[key] as Amount);
  return object as T;
}

const lines = (raw: unknown): LineItem[] =>
  ((raw as Raw[] | undefined) ?? []).map((l) => ({
    ...(l as unknown as LineItem),
    quantity: String(l.quantity),
    discount: l.discount === null || l.discount === undefined ? null : String(l.discount),
    unitPrice: decimal(l.unitPrice as Amount),
    amount: decimalOf(l.amount as Amount),
  }));

const opportunity = (raw: unknown): Opportunity => ({ ...amounts<Opportunity>(raw, [], ['amount']), lines: lines((raw as Raw).lines) });
const contract = (raw: unknown): Contract => ({
  ...amounts<Contract>(raw, ['approvedAmount'], ['amount']),
  lines: lines((raw as Raw).lines),
});
const total = (raw: unknown) => amounts<ForecastMonth>(raw, [], ['amount', 'weightedAmount']);
const PLAN_AMOUNTS = ['contractAmount', 'planned', 'collected', 'recordedUnconfirmed', 'outstanding', 'overdue'];
const plan = (raw: unknown): PaymentPlan => ({
  ...amounts<PaymentPlan>(raw, [], PLAN_AMOUNTS),
  installments: (((raw as Raw).installments as Raw[]) ?? []).map((i) => amounts(i, [], ['amount', 'paid', 'recorded', 'unpaid'])),
});
const payment = (raw: unknown): Payment => amounts<Payment>(raw, [], ['amount']);
const paymentDetail = (raw: unknown): PaymentDetail => ({
  ...(payment(raw) as PaymentDetail),
  allocations: (((raw as Raw).allocations as Raw[]) ?? []).map((a) => amounts(a, [], ['amount'])),
  history: (((raw as Raw).history as Raw[]) ?? []).map((h) => amounts(h, [], ['amount'])),
});
const receivable = (raw: unknown): Receivable => amounts<Receivable>(raw, [], ['amount', ...PLAN_AMOUNTS.slice(1)]);
const AGING_AMOUNTS = ['notYetDue', 'days1To30', 'days31To60', 'days61To90', 'over90Days', 'unscheduled', 'total'];

function pageOf<T>(page: PageResponse<unknown>, map: (raw: unknown) => T): PageResponse<T> {
  return { ...page, items: page.items.map(map) };
}

const paging = <F extends object>(r: PageRequest<F>): Query => ({ ...(r.filters as Query), page: r.page, size: r.size, sort: r.sort });

/** Amount inputs as the API takes them: the decimal text itself, blank ones left out. */
const orUndefined = (value?: string) => (value === undefined || value === '' ? undefined : value);

export const dealsApi = {
  // ---- opportunities
  opportunities: async (r: PageRequest<OpportunityFilters>) =>
    pageOf(await api.get<PageResponse<unknown>>('/opportunities', paging(r)), opportunity),
  opportunity: async (id: string) => opportunity(await api.get(`/opportunities/${id}`)),
  createOpportunity: async (input: OpportunityInput) => opportunity(await api.post('/opportunities', clean(input))),
  updateOpportunity: async (id: string, input: OpportunityInput) => opportunity(await api.put(`/opportunities/${id}`, clean(input))),
  moveStage: async (id: string, stage: string, lossReason?: string, version?: number) =>
    opportunity(await api.post(`/opportunities/${id}/stage`, { stage, lossReason, version })),
  reopen: async (id: string, stage?: string) => opportunity(await api.post(`/opportunities/${id}/reopen`, { stage })),
  stageHistory: (id: string) => api.get<StageChange[]>(`/opportunities/${id}/history`),
  followUps: (id: string, page = 0, size = 20) =>
    api.get<PageResponse<DealFollowUp>>(`/opportunities/${id}/follow-ups`, { page, size, sort: 'occurredAt,desc' }),
  addFollowUp: (id: string, body: { type: string; content: string; occurredAt: string; nextFollowUpAt?: string }) =>
    api.post<DealFollowUp>(`/opportunities/${id}/follow-ups`, body),
  pipeline: async (ownerId?: string) => {
    const board = await api.get<{ stages: Raw[] }>('/opportunities/pipeline', { ownerId });
    return board.stages.map((s) => ({ ...(s as unknown as PipelineColumn), code: String(s.stage), totals: ((s.totals as Raw[]) ?? []).map(total) }));
  },
  forecast: async (from: string, months: number, ownerId?: string) =>
    (await api.get<Raw[]>('/opportunities/forecast', { from, months, ownerId })).map(total),

  // ---- pipeline settings
  pipelineSettings: () => api.get<PipelineSettings>('/pipeline-stages'),
  saveStages: (stages: Array<{ code: string; name: string; probability: number }>) =>
    api.put<PipelineSettings>('/pipeline-stages', { stages }),
  saveLossReasons: (lossReasons: Array<{ code: string; label: string }>) =>
    api.put<PipelineSettings>('/pipeline-stages/loss-reasons', { lossReasons }),

  // ---- contracts
  contracts: async (r: PageRequest<ContractFilters>) =>
    pageOf(await api.get<PageResponse<unknown>>('/contracts', paging(r)), contract),
  contract: async (id: string) => contract(await api.get(`/contracts/${id}`)),
  createContract: async (input: ContractInput) => contract(await api.post('/contracts', clean(input))),
  updateContract: async (id: string, input: ContractInput) => contract(await api.put(`/contracts/${id}`, clean(input))),
  submitContract: async (id: string, comment?: string) => contract(await api.post(`/contracts/${id}/submit`, { comment })),
  approveContract: async (id: string, comment?: string) => contract(await api.post(`/contracts/${id}/approve`, { comment })),
  rejectContract: async (id: string, comment: string) => contract(await api.post(`/contracts/${id}/reject`, { comment })),
  completeContract: async (id: string) => contract(await api.post(`/contracts/${id}/complete`)),
  terminateContract: async (id: string, reason: string) => contract(await api.post(`/contracts/${id}/terminate`, { reason })),
  approvals: async (id: string) => (await api.get<Raw[]>(`/contracts/${id}/approvals`)).map((a) => amounts<ApprovalStep>(a, [], ['amount'])),

  // ---- payment plans and payments (billing-service)
  plan: async (contractId: string) => plan(await api.get(`/contracts/${contractId}/payment-plan`)),
  savePlan: async (contractId: string, input: PlanInput) => plan(await api.put(`/contracts/${contractId}/payment-plan`, input)),
  payments: async (r: PageRequest<PaymentFilters>) =>
    pageOf(await api.get<PageResponse<unknown>>('/payments', paging(r)), payment),
  payment: async (id: string) => paymentDetail(await api.get(`/payments/${id}`)),
  /** One key per payment the user means to record: a retry after a lost answer cannot record it twice. */
  recordPayment: async (input: PaymentInput, idempotencyKey: string, allowOverCollection = false) =>
    payment(await request('/payments', {
      method: 'POST',
      body: clean(input),
      query: allowOverCollection ? { allowOverCollection: true } : undefined,
      headers: { 'Idempotency-Key': idempotencyKey },
    })),
  confirmPayment: async (id: string) => payment(await api.post(`/payments/${id}/confirm`)),
  reversePayment: async (id: string, reason: string) => payment(await api.post(`/payments/${id}/reverse`, { reason })),

  // ---- receivables
  receivables: async (r: PageRequest<ReceivableFilters>) =>
    pageOf(await api.get<PageResponse<unknown>>('/receivables', paging(r)), receivable),
  aging: async (filters: { ownerId?: string; customerId?: string; currency?: string }) => {
    const aging = await api.get<{ asOf: string; currencies: Raw[] }>('/receivables/aging', filters);
    return { ...aging, currencies: aging.currencies.map((c) => amounts(c, [], AGING_AMOUNTS)) } as Aging;
  },
  summary: async (filters: SummaryFilters) => {
    const summary = await api.get<{ groupBy: string; asOf: string; rows: Raw[] }>('/receivables/summary', filters as unknown as Query);
    const keys = ['amount', 'planned', 'recordedUnconfirmed', 'outstanding', 'overdue'];
    return { ...summary, rows: summary.rows.map((r) => amounts(r, keys, ['collected'])) } as Summary;
  },

  // ---- customer-service: pickers and names
  customers: async (keyword?: string) =>
    (await api.get<PageResponse<CustomerOption>>('/customers', { keyword: keyword?.trim(), size: 20, sort: 'updatedAt,desc' })).items,
  customer: (id: string) => api.get<CustomerOption & { contacts?: ContactOption[] }>(`/customers/${id}`),
};

/** Blank strings and undefined left out of a request body; amounts stay decimal text. */
function clean<T extends object>(input: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const v = typeof value === 'string' ? orUndefined(value.trim()) : value;
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}

/** Downloads a CSV export (receivables, summaries) as a file. */
export async function downloadCsv(path: string, query: Query, fileName: string): Promise<void> {
  saveBlob(await api.blob(path, { ...query, format: 'csv' }, 'text/csv'), fileName);
}
