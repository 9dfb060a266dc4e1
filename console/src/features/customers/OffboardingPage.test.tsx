import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { configureApi } from '../../api/client';
import { fakeFetch, renderAs, userWith } from '../../test/render';
import { resetCustomerCaches } from './hooks';
import { OffboardingPage } from './OffboardingPage';

const people = [
  { id: 'leaver', username: 'acme-sales1', displayName: 'San Zhang' },
  { id: 'heir', username: 'acme-sales2', displayName: 'Si Li' },
];
const page = (items: unknown[], total = items.length) => ({ items, page: 0, size: 10, totalElements: total, totalPages: 1, totalExact: true });

async function choose(label: string, option: string) {
  const combo = screen.getAllByLabelText(label).find((el) => el.getAttribute('role') === 'combobox')!;
  fireEvent.mouseDown(combo);
  const item = await screen.findAllByText(option, { selector: '.ant-select-item-option-content' });
  fireEvent.click(item.at(-1)!);
}

describe('offboarding a salesperson', () => {
  beforeEach(() => {
    resetCustomerCaches();
    configureApi({ token: () => 'test-token' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows what the leaver holds, hands it to the pool after confirming, and reports the result', async () => {
    const api = fakeFetch((method, url) => {
      const p = url.pathname;
      if (method === 'POST' && p === '/api/v1/users/leaver/offboard') {
        return { body: { userId: 'leaver', toOwnerId: null, toPool: true, moved: 2, customerIds: ['c-1', 'c-2'] } };
      }
      if (p === '/api/v1/users/salespeople') return { body: people };
      if (p === '/api/v1/customers') {
        return { body: page([{ id: 'c-1', kind: 'ORGANIZATION', name: 'Acme Retail', ownerId: 'leaver', createdAt: '', version: 0 }, { id: 'c-2', kind: 'INDIVIDUAL', name: 'Wang Wu', ownerId: 'leaver', createdAt: '', version: 0 }]) };
      }
      if (p === '/api/v1/leads') return { body: page([], url.searchParams.get('status') === 'FOLLOWING' ? 4 : 1) };
      if (p === '/api/v1/opportunities') return { body: page([], 3) };
      return { body: page([], 0) };
    });
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-admin'), <OffboardingPage />);

    await choose('离职销售员', 'San Zhang (acme-sales1)');
    expect(await screen.findByText('Acme Retail')).toBeInTheDocument();
    const customersAsked = api.calls.filter((c) => c.url.pathname === '/api/v1/customers').at(-1)!;
    expect(customersAsked.url.searchParams.get('ownerId')).toBe('leaver');
    // 1 NEW + 1 ASSIGNED + 4 FOLLOWING open leads
    await waitFor(() => expect(screen.getByText('未关闭线索').closest('.ant-statistic')).toHaveTextContent('6'));
    expect(screen.getByText('进行中商机').closest('.ant-statistic')).toHaveTextContent('3');
    expect(screen.getByText('商机和合同不随交接转移，请另行处理。')).toBeInTheDocument();

    fireEvent.click(screen.getByText('退回公海'));
    fireEvent.change(screen.getByLabelText('原因'), { target: { value: 'Left the company' } });
    fireEvent.click(screen.getByText('确认交接', { selector: 'button span' }));
    const confirm = (await screen.findByText('确认交接', { selector: '.ant-modal-confirm-title' })).closest('.ant-modal') as HTMLElement;
    expect(confirm).toHaveTextContent('将 2 个客户和未关闭线索交接给退回公海？');
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.click(within(confirm).getByText(/确\s*定|OK/));

    expect(await screen.findByText('交接完成')).toBeInTheDocument();
    expect(screen.getByText(/已转移 2 个客户/)).toBeInTheDocument();
    expect(screen.getByText('Wang Wu').closest('a')).toHaveAttribute('href', '/customers/c-2');
    expect(api.calls.find((c) => c.method === 'POST')!.body).toEqual({ toPool: true, reason: 'Left the company' });
  });

  it('needs a successor who is not the leaver before handing over to a colleague', async () => {
    const api = fakeFetch((_m, url) => (url.pathname === '/api/v1/users/salespeople' ? { body: people } : { body: page([]) }));
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-admin'), <OffboardingPage />);
    await choose('离职销售员', 'San Zhang (acme-sales1)');
    fireEvent.change(await screen.findByLabelText('原因'), { target: { value: 'Left' } });
    fireEvent.click(screen.getByText('确认交接', { selector: 'button span' }));
    expect(await screen.findByText('请选择接手的销售员。')).toBeInTheDocument();
    fireEvent.mouseDown(screen.getAllByLabelText('接手的销售员').find((el) => el.getAttribute('role') === 'combobox')!);
    await waitFor(() => expect(document.querySelectorAll('.ant-select-dropdown')).toHaveLength(2));
    const successors = Array.from(document.querySelectorAll('.ant-select-dropdown')[1].querySelectorAll('.ant-select-item-option-content'));
    expect(successors.map((o) => o.textContent)).toEqual(['Si Li (acme-sales2)']);
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
  });
});
