import { api, type PageResponse } from '../../api/client';
import type { PageRequest } from '../../shared/usePagedTable';
import type {
  Contact, ContactInput, Contract, Customer, CustomerFilters, CustomerInput, FollowUp, FollowUpInput, HistoryEntry,
  OffboardResult, Opportunity, Ownership, RecyclingRules, TimelineItem,
} from './types';

const base = (id: string) => `/customers/${encodeURIComponent(id)}`;

/** customer-service through the gateway: /api/v1/customers, its contacts, and /api/v1/users (salespeople, offboard). */
export const customersApi = {
  list: (r: PageRequest<CustomerFilters>) =>
    api.get<PageResponse<Customer>>('/customers', { ...r.filters, page: r.page, size: r.size, sort: r.sort }),
  get: (id: string) => api.get<Customer>(base(id)),
  create: (input: CustomerInput, allowDuplicate = false) =>
    api.post<Customer>('/customers', input, allowDuplicate ? { allowDuplicate: true } : undefined),
  update: (id: string, input: CustomerInput & { version: number }, allowDuplicate = false) =>
    api.put<Customer>(base(id), input, allowDuplicate ? { allowDuplicate: true } : undefined),
  remove: (id: string) => api.del<void>(base(id)),
  restore: (id: string) => api.post<Customer>(`${base(id)}/restore`),

  claim: (id: string) => api.post<Ownership>(`${base(id)}/claim`),
  release: (id: string, reason?: string) => api.post<Ownership>(`${base(id)}/release`, { reason }),
  /** from the pool (ASSIGNED) or from another salesperson (TRANSFERRED): the server tells them apart */
  assign: (id: string, ownerId: string, reason: string) => api.post<Ownership>(`${base(id)}/assign`, { ownerId, reason }),
  transfer: (customerIds: string[], ownerId: string, reason: string) =>
    api.post<Ownership[]>('/customers/transfer', { customerIds, ownerId, reason }),
  history: (id: string) => api.get<HistoryEntry[]>(`${base(id)}/history`),
  timeline: (id: string, page = 0, size = 20) => api.get<PageResponse<TimelineItem>>(`${base(id)}/timeline`, { page, size }),

  contacts: (id: string) => api.get<Contact[]>(`${base(id)}/contacts`),
  addContact: (id: string, input: ContactInput) => api.post<Contact>(`${base(id)}/contacts`, input),
  updateContact: (id: string, contactId: string, input: ContactInput & { version: number }) =>
    api.put<Contact>(`${base(id)}/contacts/${encodeURIComponent(contactId)}`, input),
  deleteContact: (id: string, contactId: string, newPrimaryContactId?: string) =>
    api.del<void>(
      `${base(id)}/contacts/${encodeURIComponent(contactId)}${newPrimaryContactId ? `?newPrimaryContactId=${encodeURIComponent(newPrimaryContactId)}` : ''}`,
    ),

  followUps: (id: string, page = 0, size = 20) =>
    api.get<PageResponse<FollowUp>>(`${base(id)}/follow-ups`, { page, size, sort: 'occurredAt,desc' }),
  addFollowUp: (id: string, input: FollowUpInput) => api.post<FollowUp>(`${base(id)}/follow-ups`, input),

  recyclingRules: () => api.get<RecyclingRules>('/customers/recycling-rules'),
  saveRecyclingRules: (rules: Omit<RecyclingRules, 'usingDefaults' | 'updatedBy' | 'updatedAt'>) =>
    api.put<RecyclingRules>('/customers/recycling-rules', rules),

  offboard: (userId: string, target: { toOwnerId: string } | { toPool: true }, reason: string) =>
    api.post<OffboardResult>(`/users/${encodeURIComponent(userId)}/offboard`, { ...target, reason }),
};

/** deal-service's lists filtered by the customer (or the owner, for offboarding); only the first page is needed. */
export const dealsApi = {
  opportunities: (query: { customerId?: string; ownerId?: string; status?: string }, page = 0, size = 10) =>
    api.get<PageResponse<Opportunity>>('/opportunities', { ...query, page, size, sort: 'createdAt,desc' }),
  contracts: (query: { customerId?: string; ownerId?: string }, page = 0, size = 10) =>
    api.get<PageResponse<Contract>>('/contracts', { ...query, page, size, sort: 'createdAt,desc' }),
  /** lead-service's count of the leads a user holds (what offboarding moves besides customers) */
  leadsOwnedBy: (ownerId: string, status: string) =>
    api.get<PageResponse<{ id: string; status: string }>>('/leads', { ownerId, status, page: 0, size: 1 }),
};
