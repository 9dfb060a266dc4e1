import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { configureApi } from '../../../api/client';
import { fakeFetch, renderAs, userWith } from '../../../test/render';
import { resetDealCaches } from '../hooks';
import { contract, page } from '../test/fixtures';
import { ContractListPage } from './ContractListPage';

function contracts() {
  return fakeFetch((_m, url) => {
    if (url.pathname === '/api/v1/contracts') {
      const p = Number(url.searchParams.get('page'));
      // three rows stand for a page of 20 (rendering rows is what costs time in jsdom)
      return { body: page(Array.from({ length: 3 }, (_, i) => contract(p * 20 + i + 1)), p, 45) };
    }
    if (url.pathname.startsWith('/api/v1/customers/')) return { body: { id: 'c-1', name: 'Acme Retail' } };
    return { body: [] };
  });
}

const lastList = (calls: ReturnType<typeof fakeFetch>['calls']) => calls.filter((c) => c.url.pathname === '/api/v1/contracts').at(-1)!;

describe('contract list', () => {
  beforeEach(() => {
    resetDealCaches();
    configureApi({ token: () => 'test-token' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('pages on the server and shows exact amounts with their currency', async () => {
    const api = contracts();
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-sales'), <ContractListPage />, { path: '/contracts' });

    expect(await screen.findByText('HT-2026-000001')).toBeInTheDocument();
    expect(screen.getByText('共 45 条')).toBeInTheDocument();
    expect(screen.getAllByText('¥10,800.00').length).toBeGreaterThan(0);
    expect(lastList(api.calls).url.searchParams.get('page')).toBe('0');
    expect(lastList(api.calls).url.searchParams.get('sort')).toBe('createdAt,desc');

    fireEvent.click(within(document.querySelector('.ant-pagination') as HTMLElement).getByText('3'));
    expect(await screen.findByText('HT-2026-000041')).toBeInTheDocument();
    expect(lastList(api.calls).url.searchParams.get('page')).toBe('2');
  });

  it('sends the keyword and the status, from the first page again', async () => {
    const api = contracts();
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-admin'), <ContractListPage />, { path: '/contracts?status=PENDING_APPROVAL' });
    await screen.findByText('HT-2026-000001');
    expect(lastList(api.calls).url.searchParams.get('status')).toBe('PENDING_APPROVAL');

    const search = screen.getByPlaceholderText('合同标题或编号');
    fireEvent.change(search, { target: { value: 'HT-2026' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => {
      const last = lastList(api.calls).url.searchParams;
      expect(last.get('keyword')).toBe('HT-2026');
      expect(last.get('status')).toBe('PENDING_APPROVAL');
      expect(last.get('page')).toBe('0');
    });
  });

  it('offers "new contract" to sales and admins, not to finance, who only reads', async () => {
    vi.stubGlobal('fetch', contracts().fn);
    const { unmount } = renderAs(userWith('crm-finance'), <ContractListPage />, { path: '/contracts' });
    await screen.findByText('HT-2026-000001');
    expect(screen.queryByRole('button', { name: /新建合同/ })).toBeNull();
    unmount();
    renderAs(userWith('crm-sales'), <ContractListPage />, { path: '/contracts' });
    await screen.findByText('HT-2026-000001');
    expect(screen.getByRole('button', { name: /新建合同/ })).toBeInTheDocument();
  });
});
