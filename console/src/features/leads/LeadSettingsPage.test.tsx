import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { configureApi } from '../../api/client';
import { fakeFetch, renderAs, userWith } from '../../test/render';
import { resetLeadCaches } from './hooks';
import { LeadSettingsPage } from './LeadSettingsPage';

const expo = { code: 'EXPO_2026', label: 'Shanghai Expo', source: 'TRADE_SHOW', active: true };
const people = [
  { id: 's-1', username: 'acme-sales1', displayName: 'San Zhang' },
  { id: 's-2', username: 'acme-sales2', displayName: 'Si Li' },
];

function platform(answers: { addChannel?: () => { status: number; body: unknown }; putAuto?: () => { status: number; body: unknown } }) {
  return fakeFetch((method, url) => {
    if (url.pathname === '/api/v1/leads/sources' && method === 'GET') return { body: { builtIn: [], channels: [expo] } };
    if (url.pathname === '/api/v1/leads/sources' && method === 'POST') return answers.addChannel!();
    if (url.pathname === '/api/v1/leads/auto-assignment' && method === 'GET') {
      return { body: { enabled: true, salespeople: ['s-1'], nextSalespersonId: 's-1', updatedBy: 's-9', updatedAt: '2026-12-01T08:00:00Z' } };
    }
    if (url.pathname === '/api/v1/leads/auto-assignment' && method === 'PUT') return answers.putAuto!();
    if (url.pathname === '/api/v1/users/salespeople') return { body: people };
    return { status: 404, body: { code: 'NOT_FOUND' } };
  });
}

describe('lead settings', () => {
  beforeEach(() => {
    resetLeadCaches();
    configureApi({ token: () => 'test-token' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it("lists the tenant's channels and explains a code that already exists, keeping what was typed", async () => {
    const api = platform({
      addChannel: () => ({ status: 409, body: { status: 409, code: 'CONFLICT', reason: 'SOURCE_CHANNEL_EXISTS' } }),
    });
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-admin'), <LeadSettingsPage />);

    expect(await screen.findByText('Shanghai Expo')).toBeInTheDocument();
    fireEvent.click(screen.getByText('新增渠道').closest('button')!);
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('编码'), { target: { value: 'EXPO_2026' } });
    fireEvent.change(within(dialog).getByLabelText('名称'), { target: { value: 'Expo again' } });
    fireEvent.click(within(dialog).getByText(/确\s*定|OK/).closest('button')!);

    expect(await within(dialog).findByText('该渠道编码已存在（停用的编码也不能重复使用）。')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('名称')).toHaveValue('Expo again');
    expect(api.calls.find((c) => c.method === 'POST')!.body).toMatchObject({ code: 'EXPO_2026', label: 'Expo again', source: 'OTHER' });
  });

  it('saves the round-robin salespeople and puts a refused one on the list', async () => {
    const api = platform({
      putAuto: () => ({
        status: 400,
        body: {
          status: 400, code: 'VALIDATION_FAILED', field: 'salespeople[0]',
          errors: [{ field: 'salespeople[0]', code: 'Salesperson', message: 'is not an active salesperson of the tenant' }],
        },
      }),
    });
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-admin'), <LeadSettingsPage />);

    expect(await screen.findByText(/下一位/)).toHaveTextContent('San Zhang');
    fireEvent.click(screen.getByText(/保\s*存/).closest('button')!);

    expect(await screen.findByText('is not an active salesperson of the tenant')).toBeInTheDocument();
    await waitFor(() => expect(api.calls.find((c) => c.method === 'PUT')!.body).toEqual({ enabled: true, salespeople: ['s-1'] }));
  });
});
