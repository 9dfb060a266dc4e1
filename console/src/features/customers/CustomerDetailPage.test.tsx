import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import dayjs from 'dayjs';
import { configureApi } from '../../api/client';
import { fakeFetch, renderAs, userWith } from '../../test/render';
import { CustomerDetailPage } from './CustomerDetailPage';
import { resetCustomerCaches } from './hooks';
import type { Customer } from './types';

const ID = '11111111-1111-1111-1111-111111111111';
const customer = (over: Partial<Customer> = {}): Customer => ({
  id: ID, kind: 'ORGANIZATION', name: 'Acme Retail', ownerId: 'u-1', level: 'A', dealStatus: 'NONE', tags: ['vip'],
  createdAt: dayjs().subtract(40, 'day').toISOString(), version: 3, contacts: [], recentFollowUps: [], ...over,
});
const emptyPage = { items: [], page: 0, size: 20, totalElements: 0, totalPages: 0, totalExact: true };

/** The platform as the detail page reads it: the customer, its history, lists, the rules and the directory. */
function platform(c: Customer, extra: (method: string, url: URL) => { status?: number; body?: unknown } | undefined = () => undefined) {
  return fakeFetch((method, url) => {
    const answer = extra(method, url);
    if (answer) return answer;
    const p = url.pathname;
    if (p === `/api/v1/customers/${ID}`) return { body: c };
    if (p === `/api/v1/customers/${ID}/history`) return { body: [] };
    if (p === '/api/v1/customers/recycling-rules') return { body: { enabled: true, noFollowUpDays: 30, noDealDays: 90, warnDaysBefore: 3, exemptWithDeal: true } };
    if (p === '/api/v1/users/salespeople') return { body: [{ id: 'u-1', username: 'acme-sales1', displayName: 'San Zhang' }] };
    if (p.endsWith('/contacts')) return { body: [] };
    return { body: emptyPage };
  });
}
const open = (user: ReturnType<typeof userWith>, path = `/customers/${ID}`) =>
  renderAs(user, <CustomerDetailPage />, { path, route: '/customers/:id' });
const button = (name: RegExp) => screen.queryByText(name, { selector: 'button span' });

describe('customer detail', () => {
  beforeEach(() => {
    resetCustomerCaches();
    configureApi({ token: () => 'test-token' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('gives a salesperson claim on a pool customer, and nothing that changes it', async () => {
    vi.stubGlobal('fetch', platform(customer({ ownerId: null })).fn);
    open(userWith('crm-sales'));
    expect(await screen.findByTestId('customer-name')).toHaveTextContent('Acme Retail');
    expect(button(/领\s*取/)).toBeInTheDocument();
    expect(button(/编\s*辑/)).not.toBeInTheDocument();
    expect(button(/退回公海/)).not.toBeInTheDocument();
    expect(button(/删\s*除/)).not.toBeInTheDocument();
  });

  it('gives the owner edit and release, and the admin transfer and delete', async () => {
    vi.stubGlobal('fetch', platform(customer()).fn);
    const owner = open(userWith('crm-sales'));
    await screen.findByTestId('customer-name');
    expect(button(/编\s*辑/)).toBeInTheDocument();
    expect(button(/退回公海/)).toBeInTheDocument();
    expect(button(/转\s*移/)).not.toBeInTheDocument();
    owner.unmount();
    open({ ...userWith('crm-admin'), id: 'admin-1' });
    await screen.findByTestId('customer-name');
    expect(button(/转\s*移/)).toBeInTheDocument();
    expect(button(/删\s*除/)).toBeInTheDocument();
    expect(button(/领\s*取/)).not.toBeInTheDocument();
  });

  it('shows the owner and the admin the date the server gives for the recycling, and the admin the rules', async () => {
    const dueAt = dayjs().add(2, 'day').add(1, 'hour');
    vi.stubGlobal('fetch', platform(customer({ recycleDueAt: dueAt.toISOString() })).fn);
    const owner = open(userWith('crm-sales'));
    const notice = await screen.findByTestId('recycle-notice');
    expect(notice).toHaveTextContent(`将于 ${dueAt.format('YYYY-MM-DD HH:mm')} 退回公海（还剩 3 天）`);
    expect(notice.className).toContain('ant-alert-warning');
    expect(screen.queryByText('查看回收规则')).not.toBeInTheDocument();
    owner.unmount();
    open({ ...userWith('crm-admin'), id: 'admin-1' });
    expect(await screen.findByText('查看回收规则')).toBeInTheDocument();
  });

  it('shows no recycling notice when the rules will never take the customer', async () => {
    vi.stubGlobal('fetch', platform(customer({ recycleDueAt: null })).fn);
    open(userWith('crm-sales'));
    await screen.findByTestId('customer-name');
    expect(screen.queryByTestId('recycle-notice')).not.toBeInTheDocument();
  });

  it('lists the customer’s opportunities from deal-service with links, exact amounts and their currency', async () => {
    const api = platform(customer(), (_m, url) =>
      url.pathname === '/api/v1/opportunities'
        ? { body: { ...emptyPage, totalElements: 1, items: [{ id: 'o-1', customerId: ID, name: 'Big deal', amount: '1234567.89', currency: 'CNY', stage: 'PROPOSAL', probability: 60, status: 'OPEN', createdAt: '2026-11-01T00:00:00Z' }] } }
        : undefined,
    );
    vi.stubGlobal('fetch', api.fn);
    open(userWith('crm-sales'), `/customers/${ID}?tab=opportunities`);
    const link = await screen.findByText('Big deal');
    expect(link.closest('a')).toHaveAttribute('href', '/opportunities/o-1');
    expect(screen.getByText('¥1,234,567.89')).toBeInTheDocument();
    expect(api.calls.find((c) => c.url.pathname === '/api/v1/opportunities')!.url.searchParams.get('customerId')).toBe(ID);
  });

  it('hides the opportunities from finance and both deal tabs from marketing', async () => {
    vi.stubGlobal('fetch', platform(customer()).fn);
    const finance = open(userWith('crm-finance'));
    await screen.findByTestId('customer-name');
    expect(screen.queryByRole('tab', { name: '商机' })).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '合同' })).toBeInTheDocument();
    finance.unmount();
    open(userWith('crm-marketing'));
    await screen.findByTestId('customer-name');
    expect(screen.queryByRole('tab', { name: '合同' })).not.toBeInTheDocument();
  });

  it('shows a customer it may not see in plain words', async () => {
    vi.stubGlobal('fetch', platform(customer(), (_m, url) =>
      url.pathname === `/api/v1/customers/${ID}` ? { status: 404, body: { status: 404, code: 'NOT_FOUND', reason: 'CUSTOMER_NOT_FOUND' } } : undefined,
    ).fn);
    open(userWith('crm-sales'));
    expect(await screen.findByText('客户不存在，或您无权查看。')).toBeInTheDocument();
  });

  it('adds a follow-up with its type, content and next date, and reloads the customer', async () => {
    const api = platform(customer({ contacts: [{ id: 'k-1', customerId: ID, name: 'Li Lei', primary: true, createdAt: '', version: 0 }] }), (method, url) =>
      method === 'POST' && url.pathname.endsWith('/follow-ups') ? { status: 201, body: { id: 'f-1' } } : undefined,
    );
    vi.stubGlobal('fetch', api.fn);
    open(userWith('crm-sales'), `/customers/${ID}?tab=follow-ups`);
    const content = await screen.findByLabelText('内容');
    fireEvent.change(content, { target: { value: 'Visited: wants a quote.' } });
    fireEvent.click(screen.getByText('添加跟进', { selector: 'button span' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    const post = api.calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/customers/${ID}/follow-ups`);
    expect(post.body).toMatchObject({ type: 'CALL', content: 'Visited: wants a quote.' });
    expect(typeof (post.body as { occurredAt: string }).occurredAt).toBe('string');
    await waitFor(() => expect(api.calls.filter((c) => c.url.pathname === `/api/v1/customers/${ID}`).length).toBeGreaterThan(1));
  });
});
