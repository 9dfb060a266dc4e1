import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { configureApi } from '../../api/client';
import { fakeFetch, renderAs, userWith } from '../../test/render';
import { resetCustomerCaches } from './hooks';
import { CustomerListPage } from './CustomerListPage';
import type { Customer } from './types';

const customer = (i: number, over: Partial<Customer> = {}): Customer => ({
  id: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
  kind: 'ORGANIZATION', name: `Customer ${i}`, phone: `021-5555${String(i).padStart(4, '0')}`, level: 'A',
  ownerId: null, dealStatus: 'NONE', createdAt: '2026-12-01T08:00:00Z', version: 0, ...over,
});
const page = (items: Customer[], p = 0, total = items.length) => ({ items, page: p, size: 20, totalElements: total, totalPages: Math.ceil(total / 20), totalExact: true });
const listCalls = (api: ReturnType<typeof fakeFetch>) => api.calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/v1/customers');
const popover = async () => (await screen.findByRole('tooltip')) as HTMLElement;
const tabLabels = () => Array.from(document.querySelectorAll('.ant-tabs-tab')).map((t) => t.textContent);

describe('customers list', () => {
  beforeEach(() => {
    resetCustomerCaches();
    configureApi({ token: () => 'test-token' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('pages on the server: asks for page 0 of my customers, shows the total, asks for page 1 on turning the page', async () => {
    const api = fakeFetch((_m, url) => {
      if (url.pathname === '/api/v1/customers') {
        const p = Number(url.searchParams.get('page'));
        // three rows stand for a page of 20 (rendering rows is what costs time in jsdom)
        return { body: page(Array.from({ length: 3 }, (_, i) => customer(p * 20 + i + 1, { ownerId: 'u-1' })), p, 45) };
      }
      return { body: [{ id: 'u-1', username: 'acme-sales1', displayName: 'San Zhang' }] };
    });
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-sales'), <CustomerListPage />, { path: '/customers' });

    expect(await screen.findByText('Customer 1')).toBeInTheDocument();
    expect(screen.getByText('共 45 条')).toBeInTheDocument();
    expect(screen.getAllByText('San Zhang').length).toBeGreaterThan(0);
    const first = listCalls(api)[0];
    expect(first.url.searchParams.get('scope')).toBe('mine');
    expect(first.url.searchParams.get('page')).toBe('0');
    expect(first.url.searchParams.get('size')).toBe('20');
    expect(first.url.searchParams.get('sort')).toBe('createdAt,desc');

    fireEvent.click(within(document.querySelector('.ant-pagination') as HTMLElement).getByText('2'));
    expect(await screen.findByText('Customer 21')).toBeInTheDocument();
    expect(listCalls(api).at(-1)!.url.searchParams.get('page')).toBe('1');
  });

  it('sends the keyword and filters from the first page, and the pool scope on the pool tab', async () => {
    const api = fakeFetch((_m, url) => (url.pathname === '/api/v1/customers' ? { body: page([customer(7)]) } : { body: [] }));
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-sales'), <CustomerListPage />, { path: '/customers' });
    await screen.findByText('Customer 7');

    const search = screen.getByPlaceholderText('客户名称或电话');
    fireEvent.change(search, { target: { value: 'Acme' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => {
      const last = listCalls(api).at(-1)!;
      expect(last.url.searchParams.get('keyword')).toBe('Acme');
      expect(last.url.searchParams.get('scope')).toBe('mine');
      expect(last.url.searchParams.get('page')).toBe('0');
    });

    fireEvent.click(screen.getByText('客户公海'));
    await waitFor(() => {
      const last = listCalls(api).at(-1)!;
      expect(last.url.searchParams.get('scope')).toBe('pool');
      expect(last.url.searchParams.get('keyword')).toBe('Acme');
    });
  });

  it('lets a salesperson claim a pool customer from the row', async () => {
    const api = fakeFetch((method, url) => {
      if (method === 'POST' && url.pathname.endsWith('/claim')) return { body: { id: customer(3).id, ownerId: 'u-1', version: 1 } };
      if (url.pathname === '/api/v1/customers') return { body: page([customer(3)]) };
      return { body: [] };
    });
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-sales'), <CustomerListPage />, { path: '/customers?tab=pool' });
    const row = (await screen.findByText('Customer 3')).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByText(/领\s*取/));
    fireEvent.click(await within(await popover()).findByText(/确\s*定|OK/));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST' && c.url.pathname === `/api/v1/customers/${customer(3).id}/claim`)).toBe(true));
    expect(await screen.findByText('已领取客户')).toBeInTheDocument();
  });

  it('says why a claim failed: the claim limit of customers', async () => {
    vi.stubGlobal('fetch', fakeFetch((method, url) => {
      if (method === 'POST') return { status: 409, body: { status: 409, code: 'CONFLICT', reason: 'CLAIM_LIMIT_REACHED', limit: 50, owned: 50 } };
      if (url.pathname === '/api/v1/customers') return { body: page([customer(4)]) };
      return { body: [] };
    }).fn);
    renderAs(userWith('crm-sales'), <CustomerListPage />, { path: '/customers?tab=pool' });
    const row = (await screen.findByText('Customer 4')).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByText(/领\s*取/));
    fireEvent.click(await within(await popover()).findByText(/确\s*定|OK/));
    expect(await screen.findByText('您名下的客户已达上限（50 个），无法继续领取。')).toBeInTheDocument();
  });

  it('gives each role its tabs, and no create button to finance', async () => {
    vi.stubGlobal('fetch', fakeFetch((_m, url) => (url.pathname === '/api/v1/customers' ? { body: page([]) } : { body: [] })).fn);
    const sales = renderAs(userWith('crm-sales'), <CustomerListPage />, { path: '/customers' });
    expect(tabLabels()).toEqual(['我的客户', '客户公海']);
    expect(screen.getByText('新建客户', { selector: 'button span' })).toBeInTheDocument();
    sales.unmount();
    const admin = renderAs(userWith('crm-admin'), <CustomerListPage />, { path: '/customers' });
    expect(tabLabels()).toEqual(['全部客户', '客户公海', '已删除']);
    admin.unmount();
    renderAs(userWith('crm-finance'), <CustomerListPage />, { path: '/customers' });
    expect(tabLabels()).toEqual(['可见客户', '客户公海']);
    expect(screen.queryByText('新建客户', { selector: 'button span' })).not.toBeInTheDocument();
  });

  it("asks for the admin's deleted customers on the deleted tab", async () => {
    const api = fakeFetch((_m, url) => (url.pathname === '/api/v1/customers' ? { body: page([customer(9, { deletedAt: '2026-12-01T09:00:00Z' })]) } : { body: [] }));
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-admin'), <CustomerListPage />, { path: '/customers?tab=deleted' });
    await screen.findByText('Customer 9');
    const first = listCalls(api)[0];
    expect(first.url.searchParams.get('deleted')).toBe('true');
    expect(first.url.searchParams.get('scope')).toBeNull();
  });
});
