import { api, type PageResponse } from '../../api/client';
import type {
  DealTeamReport, DueItem, LeadSources, LeadTeamReport, PipelineStage, ReceivableTotals,
} from './types';

export interface Period {
  from: string;
  to: string;
}

/** The reports the dashboards read, each from the service that owns the figures. */
export const dashboardApi = {
  leadTeam: (period: Period, dueBefore: string) =>
    api.get<LeadTeamReport>('/leads/team-report', { ...period, dueBefore }),
  dealTeam: (period: Period) => api.get<DealTeamReport>('/opportunities/team-report', { ...period }),
  receivablesByOwner: () =>
    api.get<{ rows: ReceivableTotals[] }>('/receivables/summary', { groupBy: 'owner' }).then((s) => s.rows),
  pipeline: () => api.get<{ stages: PipelineStage[] }>('/opportunities/pipeline').then((p) => p.stages),
  leadSources: () => api.get<LeadSources>('/campaigns/lead-sources'),
  leadsDue: () =>
    api.get<PageResponse<DueItem>>('/leads', { scope: 'mine', sort: 'nextFollowUpAt,asc', size: 20 }).then((p) => p.items),
  customersDue: () =>
    api.get<PageResponse<DueItem>>('/customers', { scope: 'mine', sort: 'nextFollowUpAt,asc', size: 20 }).then((p) => p.items),
  campaignNames: (ids: string[]) =>
    Promise.all(
      ids.map((id) =>
        api.get<{ id: string; name: string }>(`/campaigns/${id}`).then(
          (c) => [id, c.name] as const,
          () => [id, undefined] as const,
        ),
      ),
    ),
};
