import type { Contract, Opportunity, Payment } from '../types';

/** API answers for the deals tests, as the services send them (amounts are JSON numbers). */
export const SETTINGS = {
  stages: [
    { code: 'QUALIFICATION', name: 'Qualification', probability: 10, open: true },
    { code: 'NEEDS_ANALYSIS', name: 'Needs analysis', probability: 30, open: true },
    { code: 'PROPOSAL', name: 'Proposal', probability: 60, open: true },
    { code: 'NEGOTIATION', name: 'Negotiation', probability: 80, open: true },
    { code: 'WON', name: 'Won', probability: 100, open: false },
    { code: 'LOST', name: 'Lost', probability: 0, open: false },
  ],
  lossReasons: [
    { code: 'PRICE', label: 'Price', builtIn: true },
    { code: 'BAD_FIT', label: '产品不匹配', builtIn: false },
  ],
};

export const PIPELINE = {
  stages: SETTINGS.stages.map((s) => ({
    stage: s.code, name: s.name, probability: s.probability, open: s.open,
    count: s.code === 'QUALIFICATION' ? 2 : 0,
    totals: s.code === 'QUALIFICATION' ? [{ currency: 'CNY', count: 2, amount: 150000.5, weightedAmount: 15000.05 }] : [],
  })),
};

export function opportunity(i: number, patch: Partial<Opportunity> = {}): Record<string, unknown> {
  return {
    id: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`, customerId: 'c-1', name: `Deal ${i}`, amount: 1000 * i + 0.5,
    currency: 'CNY', lines: [], stage: 'QUALIFICATION', probability: 10, status: 'OPEN', ownerId: 'u-1', createdAt: '2026-12-01T08:00:00Z',
    version: 3, ...patch,
  };
}

export function contract(i: number, patch: Partial<Contract> = {}): Record<string, unknown> {
  return {
    id: `10000000-0000-0000-0000-${String(i).padStart(12, '0')}`, number: `HT-2026-${String(i).padStart(6, '0')}`, title: `Contract ${i}`,
    customerId: 'c-1', amount: 10800, currency: 'CNY', lines: [], status: 'ACTIVE', ownerId: 'u-1', approvedAmount: 10800,
    createdAt: '2026-12-01T08:00:00Z', version: 1, ...patch,
  };
}

export function payment(i: number, patch: Partial<Payment> = {}): Record<string, unknown> {
  return {
    id: `20000000-0000-0000-0000-${String(i).padStart(12, '0')}`, contractId: '10000000-0000-0000-0000-000000000001', customerId: 'c-1',
    amount: 6000, currency: 'CNY', receivedAt: '2026-12-01', method: 'BANK_TRANSFER', reference: `REF-${i}`, status: 'RECORDED',
    installmentIds: [], createdAt: '2026-12-01T08:00:00Z', ...patch,
  };
}

export const page = (items: unknown[], pageNo = 0, total = items.length) => ({
  items, page: pageNo, size: 20, totalElements: total, totalPages: Math.ceil(total / 20), totalExact: true,
});

/** A DataTransfer for drag and drop in jsdom (which has none). */
export function dataTransfer() {
  const data: Record<string, string> = {};
  return {
    data, dropEffect: 'none', effectAllowed: 'all', types: [] as string[],
    setData: (k: string, v: string) => { data[k] = v; },
    getData: (k: string) => data[k] ?? '',
  };
}
