import { api, upload, type PageResponse } from '../../api/client';
import type { PageRequest } from '../../shared/usePagedTable';

import type {
  Answer, Campaign, CampaignFilters, CampaignForm, CampaignInput, CampaignStats, CampaignType, CaptureReport,
  FormField, Member, MemberFilters, PromotionLink, SyncReport,
} from './types';

const base = (id: string) => `/campaigns/${id}`;

/** campaign-service through the gateway: /api/v1/campaigns (campaigns, types, forms, links, members, sync, stats). */
export const campaignsApi = {
  list: (r: PageRequest<CampaignFilters>) =>
    api.get<PageResponse<Campaign>>('/campaigns', { ...r.filters, page: r.page, size: r.size, sort: r.sort }),
  get: (id: string) => api.get<Campaign>(base(id)),
  create: (input: CampaignInput) => api.post<Campaign>('/campaigns', input),
  update: (id: string, input: CampaignInput) => api.put<Campaign>(base(id), input),
  remove: (id: string) => api.del<void>(base(id)),
  publish: (id: string) => api.post<Campaign>(`${base(id)}/publish`),
  close: (id: string) => api.post<Campaign>(`${base(id)}/close`),
  cancel: (id: string) => api.post<Campaign>(`${base(id)}/cancel`),
  types: () => api.get<CampaignType[]>('/campaigns/types'),

  form: (id: string) => api.get<CampaignForm>(`${base(id)}/form`),
  saveForm: (id: string, fields: FormField[]) => api.put<CampaignForm>(`${base(id)}/form`, { fields }),

  link: (id: string) => api.get<PromotionLink>(`${base(id)}/link`),
  regenerateLink: (id: string) => api.post<PromotionLink>(`${base(id)}/link`),
  qrPng: (id: string, size = 256) => api.blob(`${base(id)}/qr.png`, { size }),
  qrSvg: (id: string, size = 512) => api.blob(`${base(id)}/qr.svg`, { size }),

  members: (id: string, r: PageRequest<MemberFilters>) =>
    api.get<PageResponse<Member>>(`${base(id)}/members`, { ...r.filters, page: r.page, size: r.size, sort: r.sort }),
  addMember: (id: string, answers: Record<string, Answer>) => api.post<Member>(`${base(id)}/members`, { answers }),
  importMembers: (id: string, file: File, onProgress: (percent: number) => void) => {
    const form = new FormData();
    form.append('file', file);
    return upload<CaptureReport>(`${base(id)}/members/import`, form, undefined, onProgress);
  },
  sync: (id: string) => api.post<SyncReport>(`${base(id)}/sync`),

  stats: (id: string, range: { from?: string; to?: string } = {}) => api.get<CampaignStats>(`${base(id)}/stats`, range),
};
