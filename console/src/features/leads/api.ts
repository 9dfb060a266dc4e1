import { api, upload, type PageResponse } from '../../api/client';
import type { PageRequest } from '../../shared/usePagedTable';
import type {
  AutoAssignment, ConvertResult, FollowUp, HistoryEntry, ImportReport, Lead, LeadFilters, LeadInput, SourceChannel, Sources,
} from './types';

/** lead-service through the gateway: /api/v1/leads (and the salespeople of customer-service's user directory). */
export const leadsApi = {
  list: (r: PageRequest<LeadFilters>) =>
    api.get<PageResponse<Lead>>('/leads', { ...r.filters, page: r.page, size: r.size, sort: r.sort }),
  get: (id: string) => api.get<Lead>(`/leads/${id}`),
  create: (input: LeadInput, allowDuplicate = false) =>
    api.post<Lead>('/leads', input, allowDuplicate ? { allowDuplicate: true } : undefined),
  /** PUT replaces the lead's fields (absent ones are cleared) if it is still at `version`. */
  update: (
    id: string,
    input: LeadInput & { campaignId?: string; customFields?: Record<string, string>; nextFollowUpAt?: string; version: number },
    allowDuplicate = false,
  ) =>
    api.put<Lead>(`/leads/${id}`, input, allowDuplicate ? { allowDuplicate: true } : undefined),
  sources: () => api.get<Sources>('/leads/sources'),
  claim: (id: string) => api.post<Lead>(`/leads/${id}/claim`),
  release: (id: string, reason?: string) => api.post<Lead>(`/leads/${id}/release`, { reason }),
  assign: (id: string, ownerId: string, reason?: string) => api.post<Lead>(`/leads/${id}/assign`, { ownerId, reason }),
  bulkAssign: (leadIds: string[], ownerId: string, reason?: string) =>
    api.post<{ ownerId: string; assigned: Lead[] }>('/leads/assign', { leadIds, ownerId, reason }),
  transfer: (id: string, ownerId: string, reason?: string) => api.post<Lead>(`/leads/${id}/transfer`, { ownerId, reason }),
  invalidate: (id: string, reason: string) => api.post<Lead>(`/leads/${id}/invalidate`, { reason }),
  restore: (id: string) => api.post<Lead>(`/leads/${id}/restore`),
  convert: (id: string, body: { customerName?: string; kind?: string; opportunityName?: string; opportunityAmount?: number }) =>
    api.post<ConvertResult>(`/leads/${id}/convert`, body),
  history: (id: string) => api.get<HistoryEntry[]>(`/leads/${id}/history`),
  followUps: (id: string, page = 0, size = 20) =>
    api.get<PageResponse<FollowUp>>(`/leads/${id}/follow-ups`, { page, size, sort: 'occurredAt,desc' }),
  addFollowUp: (id: string, body: { type: string; content: string; occurredAt: string; nextFollowUpAt?: string }) =>
    api.post<FollowUp>(`/leads/${id}/follow-ups`, body),
  import: (file: File, allowDuplicate: boolean, onProgress: (percent: number) => void) => {
    const form = new FormData();
    form.append('file', file);
    return upload<ImportReport>('/leads/import', form, allowDuplicate ? { allowDuplicate: true } : undefined, onProgress);
  },
  addChannel: (channel: SourceChannel) => api.post<SourceChannel>('/leads/sources', channel),
  updateChannel: ({ code, ...channel }: SourceChannel) => api.put<SourceChannel>(`/leads/sources/${code}`, channel),
  autoAssignment: () => api.get<AutoAssignment>('/leads/auto-assignment'),
  setAutoAssignment: (settings: { enabled: boolean; salespeople: string[] }) =>
    api.put<AutoAssignment>('/leads/auto-assignment', settings),
};
