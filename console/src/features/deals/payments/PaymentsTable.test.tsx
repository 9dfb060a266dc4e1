import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { configureApi } from '../../../api/client';
import { fakeFetch, renderAs, userWith } from '../../../test/render';
import { resetDealCaches } from '../hooks';
import { contract, page, payment } from '../test/fixtures';
import { PaymentsTable } from './PaymentsTable';

function payments(confirm: () => { status?: number; body?: unknown } = () => ({ body: payment(1, { status: 'CONFIRMED' }) })) {
  let confirmed = false;
  return fakeFetch((method, url) => {
    if (method === 'POST' && url.pathname.endsWith('/confirm')) {
      const answer = confirm();
      confirmed = (answer.status ?? 200) < 300;
      return answer;
    }
    if (url.pathname === '/api/v1/payments') {
      return { body: page([payment(1, { status: confirmed ? 'CONFIRMED' : 'RECORDED' }), payment(2, { status: 'REVERSED' })]) };
    }
    if (url.pathname.startsWith('/api/v1/contracts/')) return { body: contract(1) };
    if (url.pathname.startsWith('/api/v1/customers/')) return { body: { id: 'c-1', name: 'Acme Retail' } };
    return { body: [] };
  });
}

const row = (reference: string) => screen.getByText(reference).closest('tr') as HTMLElement;

describe('payments', () => {
  beforeEach(() => {
    resetDealCaches();
    configureApi({ token: () => 'test-token' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lets finance confirm a recorded payment, which then shows confirmed', async () => {
    const api = payments();
    const onChanged = vi.fn();
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-finance'), <PaymentsTable filters={{ contractId: 'k-1' }} onChanged={onChanged} />);

    await screen.findByText('REF-1');
    expect(within(row('REF-1')).getByText('待确认')).toBeInTheDocument();
    expect(within(row('REF-2')).queryByRole('button', { name: /确认到账/ })).toBeNull();
    expect(within(row('REF-2')).queryByRole('button', { name: /冲\s*销/ })).toBeNull();
    expect(api.calls[0].url.searchParams.get('contractId')).toBe('k-1');

    fireEvent.click(within(row('REF-1')).getByRole('button', { name: /确认到账/ }));
    fireEvent.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: /确认到账/ }));

    await waitFor(() => expect(within(row('REF-1')).getByText('已确认')).toBeInTheDocument());
    expect(api.calls.find((c) => c.method === 'POST')!.url.pathname).toBe('/api/v1/payments/20000000-0000-0000-0000-000000000001/confirm');
    expect(onChanged).toHaveBeenCalled();
  });

  it('shows a refused confirmation in plain words', async () => {
    vi.stubGlobal('fetch', payments(() => ({ status: 409, body: { status: 409, code: 'CONFLICT', reason: 'PAYMENT_REVERSED', status_: 'REVERSED' } })).fn);
    renderAs(userWith('crm-finance'), <PaymentsTable filters={{}} />);
    await screen.findByText('REF-1');
    fireEvent.click(within(row('REF-1')).getByRole('button', { name: /确认到账/ }));
    fireEvent.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: /确认到账/ }));
    expect(await screen.findByText('这笔回款已冲销，不能再确认。')).toBeInTheDocument();
  });

  it('gives sales and admins no confirm or reverse', async () => {
    vi.stubGlobal('fetch', payments().fn);
    const { unmount } = renderAs(userWith('crm-sales'), <PaymentsTable filters={{}} />);
    await screen.findByText('REF-1');
    expect(screen.queryByRole('button', { name: /确认到账/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /冲\s*销/ })).toBeNull();
    unmount();
    renderAs(userWith('crm-admin'), <PaymentsTable filters={{}} />);
    await screen.findByText('REF-1');
    expect(screen.queryByRole('button', { name: /确认到账/ })).toBeNull();
  });
});
