import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { configureApi } from '../../../api/client';
import { fakeFetch, renderAs, userWith } from '../../../test/render';
import { resetDealCaches } from '../hooks';
import { opportunity, SETTINGS } from '../test/fixtures';
import { OpportunityForm } from './OpportunityForm';
import type { Opportunity } from '../types';

const existing = { ...opportunity(1), amount: '1000.50', lines: [] } as unknown as Opportunity;

describe('opportunity form', () => {
  beforeEach(() => {
    resetDealCaches();
    configureApi({ token: () => 'test-token' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps what was typed on a 400, puts the message on its field, and sends the amount as exact text', async () => {
    const api = fakeFetch((method, url) => {
      if (method === 'PUT') {
        return { status: 400, body: { status: 400, code: 'VALIDATION_FAILED', errors: [{ field: 'amount', code: 'Digits', message: 'at most 17 digits and 2 decimals' }] } };
      }
      return { body: url.pathname === '/api/v1/pipeline-stages' ? SETTINGS : [] };
    });
    vi.stubGlobal('fetch', api.fn);
    const onSaved = vi.fn();
    renderAs(userWith('crm-sales'), <OpportunityForm open opportunity={existing} onClose={() => {}} onSaved={onSaved} />);

    const name = await screen.findByLabelText('名称');
    await waitFor(() => expect(name).toHaveValue('Deal 1'));
    fireEvent.change(name, { target: { value: 'Renewal 2027' } });
    fireEvent.change(screen.getByLabelText('金额'), { target: { value: '12345678901234.99' } });
    fireEvent.change(screen.getByLabelText('描述'), { target: { value: 'Three-year renewal' } });
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('at most 17 digits and 2 decimals')).toBeInTheDocument();
    expect(screen.getByLabelText('名称')).toHaveValue('Renewal 2027');
    expect(screen.getByLabelText('金额')).toHaveValue('12345678901234.99');
    expect(screen.getByLabelText('描述')).toHaveValue('Three-year renewal');
    const put = api.calls.find((c) => c.method === 'PUT')!;
    expect(put.url.pathname).toBe('/api/v1/opportunities/00000000-0000-0000-0000-000000000001');
    expect(put.body).toMatchObject({ name: 'Renewal 2027', amount: '12345678901234.99', currency: 'CNY', version: 3, lines: [] });
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('refuses an amount with three decimals before asking the server', async () => {
    const api = fakeFetch((_m, url) => ({ body: url.pathname === '/api/v1/pipeline-stages' ? SETTINGS : [] }));
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-sales'), <OpportunityForm open opportunity={existing} onClose={() => {}} onSaved={() => {}} />);
    await waitFor(() => expect(screen.getByLabelText('名称')).toHaveValue('Deal 1'));
    fireEvent.change(screen.getByLabelText('金额'), { target: { value: '1.234' } });
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('请输入金额：最多 17 位整数、2 位小数')).toBeInTheDocument();
    expect(api.calls.some((c) => c.method === 'PUT')).toBe(false);
  });
});
