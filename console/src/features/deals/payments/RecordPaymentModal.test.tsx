import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { configureApi } from '../../../api/client';
import { fakeFetch, renderAs, userWith } from '../../../test/render';
import { resetDealCaches } from '../hooks';
import { payment } from '../test/fixtures';
import type { PaymentPlan } from '../types';
import { RecordPaymentModal } from './RecordPaymentModal';

const plan: PaymentPlan = {
  contractId: 'k-1', contractNumber: 'HT-2026-000001', contractStatus: 'ACTIVE', ownerId: 'u-1', currency: 'CNY',
  contractAmount: '10800.00', planned: '10800.00', collected: '0.00', recordedUnconfirmed: '0.00', outstanding: '10800.00',
  overdue: '0.00', version: 1, installments: [
    { id: 'i-1', dueDate: '2026-12-01', amount: '6000.00', paid: '0.00', recorded: '0.00', unpaid: '6000.00', status: 'PENDING' },
  ],
};

/** The fake fetch, also recording each request's Idempotency-Key. */
function withKeys(answers: Array<{ status?: number; body?: unknown }>) {
  const keys: string[] = [];
  const api = fakeFetch(() => answers.shift() ?? { body: payment(1) });
  const fn = (input: RequestInfo | URL, init?: RequestInit) => {
    keys.push((init?.headers as Record<string, string>)['Idempotency-Key']);
    return api.fn(input, init);
  };
  return { fn, keys, calls: api.calls };
}

describe('record a payment', () => {
  beforeEach(() => {
    resetDealCaches();
    configureApi({ token: () => 'test-token' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends the amount as exact text in the contract currency, and the same Idempotency-Key when the user retries', async () => {
    const api = withKeys([{ status: 503, body: { status: 503, code: 'SERVICE_UNAVAILABLE' } }, { status: 201, body: payment(1) }]);
    vi.stubGlobal('fetch', api.fn);
    const onRecorded = vi.fn();
    renderAs(userWith('crm-sales'), <RecordPaymentModal open plan={plan} canOverCollect={false} onClose={() => {}} onRecorded={onRecorded} />);

    const amount = await screen.findByLabelText('金额 (CNY)');
    await waitFor(() => expect(amount).toHaveValue('6000.00')); // the first unpaid installment, proposed
    fireEvent.change(amount, { target: { value: '5999.99' } });
    fireEvent.change(screen.getByLabelText('流水号'), { target: { value: 'BANK-001' } });
    fireEvent.click(screen.getAllByRole('button', { name: /登记回款/ }).at(-1)!);

    expect(await screen.findByText('服务暂时不可用，请稍后重试。')).toBeInTheDocument();
    expect(screen.getByLabelText('流水号')).toHaveValue('BANK-001');
    fireEvent.click(screen.getAllByRole('button', { name: /登记回款/ }).at(-1)!);
    await waitFor(() => expect(onRecorded).toHaveBeenCalled());

    expect(api.calls).toHaveLength(2);
    expect(api.calls[0].body).toMatchObject({ contractId: 'k-1', amount: '5999.99', currency: 'CNY', method: 'BANK_TRANSFER', reference: 'BANK-001' });
    expect(api.keys[0]).toBeTruthy();
    expect(api.keys[1]).toBe(api.keys[0]);
    expect(api.calls[0].url.searchParams.get('allowOverCollection')).toBeNull();
  });

  it('explains an over-collection with the figures the server gave', async () => {
    const api = withKeys([{
      status: 409,
      body: { status: 409, code: 'CONFLICT', reason: 'OVER_COLLECTION', contractAmount: '10800.00', collected: '6000.00', recordedUnconfirmed: '4000.00', remaining: '800.00' },
    }]);
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-sales'), <RecordPaymentModal open plan={plan} canOverCollect={false} onClose={() => {}} onRecorded={() => {}} />);
    fireEvent.change(await screen.findByLabelText('金额 (CNY)'), { target: { value: '900.00' } });
    fireEvent.click(screen.getAllByRole('button', { name: /登记回款/ }).at(-1)!);
    expect(await screen.findByText('回款将超过合同金额：合同 10800.00，已回款 6000.00，待确认 4000.00，还可登记 800.00。')).toBeInTheDocument();
  });
});
