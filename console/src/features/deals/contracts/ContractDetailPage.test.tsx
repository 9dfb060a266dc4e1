import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { configureApi } from '../../../api/client';
import { fakeFetch, renderAs, userWith } from '../../../test/render';
import { resetDealCaches } from '../hooks';
import { contract } from '../test/fixtures';
import { ContractDetailPage } from './ContractDetailPage';
import type { Contract } from '../types';

const ID = '10000000-0000-0000-0000-000000000001';

function detail(state: Partial<Contract>) {
  return fakeFetch((method, url, body) => {
    if (method === 'POST' && url.pathname.endsWith('/reject')) {
      return (body as { comment?: string }).comment
        ? { body: contract(1, { ...state, status: 'DRAFT' }) }
        : { status: 400, body: { status: 400, code: 'VALIDATION_FAILED', field: 'comment' } };
    }
    if (url.pathname === `/api/v1/contracts/${ID}`) return { body: contract(1, state) };
    if (url.pathname.endsWith('/approvals')) return { body: [{ action: 'SUBMITTED', amount: 10800, currency: 'CNY', actedBy: 'u-1', actedAt: '2026-12-01T08:00:00Z' }] };
    if (url.pathname.startsWith('/api/v1/customers/')) return { body: { id: 'c-1', name: 'Acme Retail' } };
    return { body: [] };
  });
}

const render = (roles: Parameters<typeof userWith>, state: Partial<Contract>) => {
  const api = detail(state);
  vi.stubGlobal('fetch', api.fn);
  renderAs(userWith(...roles), <ContractDetailPage />, { path: `/contracts/${ID}`, route: '/contracts/:id' });
  return api;
};

describe('contract detail', () => {
  beforeEach(() => {
    resetDealCaches();
    configureApi({ token: () => 'test-token' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the owner of a draft "submit" and no approval; billing is not asked before the first approval', async () => {
    const api = render(['crm-sales'], { status: 'DRAFT', approvedAmount: null });
    await screen.findByText('HT-2026-000001');
    expect(screen.getByRole('button', { name: /提交审批/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /批\s*准/ })).toBeNull();
    expect(screen.getByText('合同生效后才能制定回款计划和登记回款。')).toBeInTheDocument();
    expect(api.calls.some((c) => c.url.pathname.endsWith('/payment-plan'))).toBe(false);
  });

  it('lets the admin reject a contract awaiting approval only with a comment', async () => {
    const api = render(['crm-admin'], { status: 'PENDING_APPROVAL', approvedAmount: null });
    await screen.findByText('HT-2026-000001');
    expect(screen.getByRole('button', { name: /批\s*准/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /提交审批/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /驳\s*回/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /驳\s*回/ }));
    await waitFor(() => expect(within(dialog).getByLabelText('意见').closest('.ant-form-item')).toHaveClass('ant-form-item-has-error'));
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(within(dialog).getByLabelText('意见'), { target: { value: 'Discount too high' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /驳\s*回/ }));
    await waitFor(() => expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ comment: 'Discount too high' }));
    expect(await screen.findByText('已驳回')).toBeInTheDocument();
  });

  it('shows an amendment awaiting approval with the amount in force and the proposed one; finance changes nothing', async () => {
    render(['crm-finance'], { status: 'PENDING_APPROVAL', amount: 12000 as never, approvedAmount: 10800 as never, ownerId: 'u-9' });
    expect(await screen.findByText('金额变更待审批：生效金额 ¥10,800.00，拟变更为 ¥12,000.00')).toBeInTheDocument();
    for (const name of [/提交审批/, /批\s*准/, /驳\s*回/, /编辑合同/, /终\s*止/, /完\s*成/]) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
  });
});
