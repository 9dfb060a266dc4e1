import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { configureApi } from '../../api/client';
import { fakeFetch, renderAs, userWith } from '../../test/render';
import { DashboardPage } from './DashboardPage';

const SALES1 = 'u-1';
const SALES2 = 'u-2';
const pipeline = {
  stages: [
    { stage: 'QUALIFICATION', name: 'Qualification', probability: 10, open: true, count: 2,
      totals: [{ currency: 'CNY', count: 2, amount: '1000.11', weightedAmount: '100.011' }] },
    { stage: 'WON', name: 'Won', probability: 100, open: false, count: 0, totals: [] },
  ],
};

/** The platform's answers for a tenant with two salespeople; `calls` shows what the page asked. */
function platform() {
  return fakeFetch((_m, url) => {
    switch (url.pathname) {
      case '/api/v1/leads/team-report':
        return { body: { from: url.searchParams.get('from'), to: url.searchParams.get('to'), rows: [
          { ownerId: SALES1, leadsHeld: 7, followUps: 12, conversions: 3, followUpsDue: 2 },
          { ownerId: SALES2, leadsHeld: 4, followUps: 1, conversions: 0, followUpsDue: 0 },
        ] } };
      case '/api/v1/opportunities/team-report':
        return { body: { rows: [
          { ownerId: SALES1, currency: 'CNY', won: 2, wonAmount: '1000.10', lost: 1, lostAmount: '5.00', contracts: 1, contractAmount: '300.50' },
          { ownerId: SALES2, currency: 'CNY', won: 1, wonAmount: '0.01', lost: 2, lostAmount: '7.00', contracts: 0, contractAmount: '0' },
        ], lossReasons: [{ ownerId: SALES2, reason: 'COMPETITOR', count: 2 }] } };
      case '/api/v1/receivables/summary':
        return { body: { groupBy: 'owner', rows: [
          { key: SALES1, currency: 'CNY', contracts: 1, amount: '300.50', collected: '100.25', outstanding: '200.25', overdue: '0' },
        ] } };
      case '/api/v1/users/salespeople':
        return { body: [
          { id: SALES1, username: 'acme-sales1', displayName: 'San Zhang' },
          { id: SALES2, username: 'acme-sales2', displayName: 'Si Li' },
        ] };
      case '/api/v1/opportunities/pipeline':
        return { body: pipeline };
      case '/api/v1/leads':
        return { body: { items: [
          { id: 'l-1', name: 'Due Lead', company: 'Acme', nextFollowUpAt: dayjs().subtract(1, 'hour').toISOString() },
          { id: 'l-2', name: 'Next Week Lead', company: 'Acme', nextFollowUpAt: dayjs().add(7, 'day').toISOString() },
        ], page: 0, size: 20, totalElements: 2, totalPages: 1, totalExact: true } };
      case '/api/v1/customers':
        return { body: { items: [], page: 0, size: 20, totalElements: 0, totalPages: 0, totalExact: true } };
      case '/api/v1/campaigns/lead-sources':
        return { body: { total: 0, bySource: [], byCampaign: [] } };
      default:
        return { status: 404, body: { code: 'NOT_FOUND' } };
    }
  });
}

describe('dashboard', () => {
  beforeEach(() => configureApi({ token: () => 'test-token' }));
  afterEach(() => vi.unstubAllGlobals());

  it('shows a salesperson their own figures and what is due by the end of today, and nothing of the team', async () => {
    const api = platform();
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-sales'), <DashboardPage />);

    const overview = await screen.findByTestId('sales-overview');
    await waitFor(() => expect(within(overview).getByTestId('follow-ups-due')).toHaveTextContent('2'));
    expect(within(overview).getByText('7')).toBeInTheDocument();
    const due = screen.getByTestId('due-follow-ups');
    expect(await within(due).findByText('Due Lead')).toHaveAttribute('href', '/leads/l-1');
    expect(within(due).getByText('已逾期')).toBeInTheDocument();
    expect(within(due).queryByText('Next Week Lead')).not.toBeInTheDocument();
    const dueQuery = api.calls.find((c) => c.url.pathname === '/api/v1/leads')!.url.searchParams;
    expect(dueQuery.get('scope')).toBe('mine');
    expect(dueQuery.get('sort')).toBe('nextFollowUpAt,asc');

    expect(screen.queryByTestId('team-performance')).not.toBeInTheDocument();
    expect(screen.queryByTestId('lead-sources')).not.toBeInTheDocument();
    expect(api.calls.some((c) => c.url.pathname === '/api/v1/receivables/summary')).toBe(false);
  });

  it('shows an admin a row per salesperson with exact sums and loss reasons, and reloads for another period', async () => {
    const api = platform();
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-admin'), <DashboardPage />);

    const team = await screen.findByTestId('team-performance');
    const sales2 = (await within(team).findByText('Si Li')).closest('tr')!;
    expect(within(sales2 as HTMLElement).getByText('竞争对手 × 2')).toBeInTheDocument();
    const total = within(team).getByText('合计').closest('tr')!;
    expect(total).toHaveTextContent('¥1,000.11');
    expect(total).toHaveTextContent('¥100.25');
    expect(screen.queryByTestId('sales-overview')).not.toBeInTheDocument();
    expect(await screen.findByText('暂无线索来源数据')).toBeInTheDocument();

    const before = api.calls.filter((c) => c.url.pathname === '/api/v1/opportunities/team-report').length;
    fireEvent.click(within(team).getByText('近 7 天'));
    await waitFor(() =>
      expect(api.calls.filter((c) => c.url.pathname === '/api/v1/opportunities/team-report')).toHaveLength(before + 1),
    );
    const last = api.calls.filter((c) => c.url.pathname === '/api/v1/opportunities/team-report').at(-1)!;
    const days = dayjs(last.url.searchParams.get('to')).diff(dayjs(last.url.searchParams.get('from')), 'day');
    expect(days).toBe(7);
  });
});
