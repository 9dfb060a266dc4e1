import type { Campaign, CampaignStats } from './types';

/** Campaigns and figures for the component tests. */
export function campaignOf(i: number, extra: Partial<Campaign> = {}): Campaign {
  return {
    id: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
    name: `Campaign ${i}`, type: 'CONFERENCE', mode: 'ONLINE', startAt: '2026-12-01T00:00:00Z', endAt: '2026-12-31T00:00:00Z',
    ownerId: 'u-1', budget: 100000.0, currency: 'CNY', actualCost: null, expectedLeads: null, expectedRevenue: null,
    targetObject: 'LEAD', description: null, status: 'DRAFT', autoSync: false, formVersion: 1, createdBy: 'u-1',
    createdAt: '2026-11-30T08:00:00Z', version: 3, ...extra,
  };
}

export const TYPES = [
  { code: 'CONFERENCE', label: 'Conference', builtIn: true, active: true },
  { code: 'WEBINAR', label: 'Webinar', builtIn: true, active: true },
  { code: 'ROADSHOW', label: '路演', builtIn: false, active: true },
];

export function statsOf(extra: Partial<CampaignStats> = {}): CampaignStats {
  return {
    campaignId: campaignOf(1).id, currency: 'CNY', views: 120, uniqueVisitors: 80, submissions: 12, members: 10, synced: 9,
    leads: 9, customers: 3, opportunities: 2, wonOpportunities: 1, contracts: 1,
    contractAmount: 5000000.0, collectedAmount: 1500000.0, cost: 100000.0, roi: 49.0, roiCollected: 14.0,
    conversion: { visitorsToMembers: 0.125, membersToLeads: 0.9, leadsToCustomers: 0.3333, customersToOpportunities: 0.6667, opportunitiesToWon: 0.5, wonToContracts: 1 },
    otherCurrencies: [{ currency: 'USD', contracts: 1, contractAmount: 70000.0, collectedAmount: 10000.0 }],
    from: '2026-12-01', to: '2026-12-02',
    daily: [
      { day: '2026-12-01', views: 100, uniqueVisitors: 70, members: 8, leads: 7, customers: 2, opportunities: 1, wonOpportunities: 0, contracts: 0, contractAmount: 0, collectedAmount: 0 },
      { day: '2026-12-02', views: 20, uniqueVisitors: 10, members: 2, leads: 2, customers: 1, opportunities: 1, wonOpportunities: 1, contracts: 1, contractAmount: 5000000.0, collectedAmount: 1500000.0 },
    ],
    ...extra,
  };
}

export const page = <T,>(items: T[], pageNo = 0, total = items.length) =>
  ({ items, page: pageNo, size: 20, totalElements: total, totalPages: Math.ceil(total / 20), totalExact: true });

/** The value of the antd Statistic titled `title` inside `container`. */
export function statisticValue(container: HTMLElement, title: string): string | undefined {
  const statistic = Array.from(container.querySelectorAll('.ant-statistic'))
    .find((s) => s.querySelector('.ant-statistic-title')?.textContent === title);
  return statistic?.querySelector('.ant-statistic-content')?.textContent?.replace(/\s/g, ' ');
}
