import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { configureApi } from '../../api/client';
import { fakeFetch, renderAs, userWith } from '../../test/render';
import { resetLeadCaches } from './hooks';
import { LeadListPage } from './LeadListPage';
import type { Lead } from './types';

const lead = (i: number): Lead => ({
  id: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
  name: `Lead ${i}`, company: `Company ${i}`, phone: `13800000${String(i).padStart(3, '0')}`,
  source: 'TRADE_SHOW', status: 'NEW', ownerId: null, createdAt: '2026-12-01T08:00:00Z', version: 0,
});

const tabLabels = () => Array.from(document.querySelectorAll('.ant-tabs-tab')).map((t) => t.textContent);

describe('leads list', () => {
  beforeEach(() => {
    resetLeadCaches();
    configureApi({ token: () => 'test-token' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('pages on the server: asks for page 0, shows the total, asks for page 1 when the user turns the page', async () => {
    const api = fakeFetch((_m, url) => {
      if (url.pathname === '/api/v1/leads') {
        const page = Number(url.searchParams.get('page'));
        // three rows stand for a page of 20 (rendering rows is what costs time in jsdom)
        const items = Array.from({ length: 3 }, (_, i) => lead(page * 20 + i + 1));
        return { body: { items, page, size: 20, totalElements: 45, totalPages: 3, totalExact: true } };
      }
      if (url.pathname === '/api/v1/users/salespeople') return { body: [] };
      return { body: { builtIn: [], channels: [] } };
    });
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-sales'), <LeadListPage />, { path: '/leads?tab=pool' });

    expect(await screen.findByText('Lead 1')).toBeInTheDocument();
    expect(screen.getByText('共 45 条')).toBeInTheDocument();
    const first = api.calls.find((c) => c.url.pathname === '/api/v1/leads')!;
    expect(first.url.searchParams.get('scope')).toBe('pool');
    expect(first.url.searchParams.get('page')).toBe('0');
    expect(first.url.searchParams.get('size')).toBe('20');
    expect(first.url.searchParams.get('sort')).toBe('createdAt,desc');

    fireEvent.click(within(document.querySelector('.ant-pagination')! as HTMLElement).getByText('2'));
    expect(await screen.findByText('Lead 21')).toBeInTheDocument();
    const last = api.calls.filter((c) => c.url.pathname === '/api/v1/leads').at(-1)!;
    expect(last.url.searchParams.get('page')).toBe('1');
    expect(api.calls.every((c) => c.url.pathname.startsWith('/api/v1/'))).toBe(true);
  });

  it('sends the keyword and the filters, starting again from the first page', async () => {
    const api = fakeFetch((_m, url) =>
      url.pathname === '/api/v1/leads'
        ? { body: { items: [lead(7)], page: 0, size: 20, totalElements: 1, totalPages: 1, totalExact: true } }
        : { body: url.pathname.endsWith('salespeople') ? [] : { builtIn: [], channels: [] } },
    );
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-sales'), <LeadListPage />, { path: '/leads' });
    await screen.findByText('Lead 7');

    const search = screen.getByPlaceholderText('姓名、公司、电话或邮箱');
    fireEvent.change(search, { target: { value: 'Acme' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => {
      const last = api.calls.filter((c) => c.url.pathname === '/api/v1/leads').at(-1)!;
      expect(last.url.searchParams.get('keyword')).toBe('Acme');
      expect(last.url.searchParams.get('scope')).toBe('mine');
      expect(last.url.searchParams.get('page')).toBe('0');
    });
  });

  it('shows a failed list in plain words by its code', async () => {
    vi.stubGlobal('fetch', fakeFetch((_m, url) =>
      url.pathname === '/api/v1/leads'
        ? { status: 503, body: { status: 503, code: 'SERVICE_UNAVAILABLE', traceId: 't-1' } }
        : { body: [] },
    ).fn);
    renderAs(userWith('crm-admin'), <LeadListPage />, { path: '/leads' });
    expect(await screen.findByText('服务暂时不可用，请稍后重试。')).toBeInTheDocument();
    expect(screen.getByText('追踪号：t-1')).toBeInTheDocument();
  });

  it('gives sales the tabs mine and pool, and the admin all and pool', async () => {
    vi.stubGlobal('fetch', fakeFetch(() => ({ body: { items: [], page: 0, size: 20, totalElements: 0, totalPages: 0, totalExact: true } })).fn);
    const { unmount } = renderAs(userWith('crm-sales'), <LeadListPage />, { path: '/leads' });
    expect(tabLabels()).toEqual(['我的线索', '线索公海']);
    unmount();
    renderAs(userWith('crm-admin'), <LeadListPage />, { path: '/leads' });
    expect(tabLabels()).toEqual(['全部线索', '线索公海']);
  });
});
