import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { configureApi } from '../../api/client';
import { fakeFetch, renderAs, userWith } from '../../test/render';
import { resetCustomerCaches } from './hooks';
import { RecyclingRulesPage } from './RecyclingRulesPage';

const defaults = { enabled: true, noFollowUpDays: 30, noDealDays: 90, warnDaysBefore: 3, exemptWithDeal: true, usingDefaults: true };

describe('recycling rules', () => {
  beforeEach(() => {
    resetCustomerCaches();
    configureApi({ token: () => 'test-token' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('saves the whole rule set and keeps the input with the field error on a 400', async () => {
    const api = fakeFetch((method) =>
      method === 'PUT'
        ? { status: 400, body: { status: 400, code: 'VALIDATION_FAILED', field: 'noDealDays', errors: [{ field: 'noDealDays', code: 'Range', message: 'noDealDays must be between 1 and 3650' }] } }
        : { body: defaults },
    );
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-admin'), <RecyclingRulesPage />);
    expect(await screen.findByText('当前使用系统默认规则，保存后将成为本租户的规则。')).toBeInTheDocument();
    const followUp = screen.getByLabelText('未跟进回收天数');
    expect(followUp).toHaveValue('30');
    fireEvent.change(followUp, { target: { value: '45' } });
    fireEvent.click(screen.getByText(/保\s*存/, { selector: 'button span' }));

    expect(await screen.findByText('noDealDays must be between 1 and 3650')).toBeInTheDocument();
    expect(screen.getByLabelText('未跟进回收天数')).toHaveValue('45');
    await waitFor(() => expect(api.calls.find((c) => c.method === 'PUT')!.body).toEqual({
      enabled: true, noFollowUpDays: 45, noDealDays: 90, warnDaysBefore: 3, exemptWithDeal: true,
    }));
  });

  it('refuses a warning that would not come before both rules', async () => {
    const api = fakeFetch(() => ({ body: defaults }));
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-admin'), <RecyclingRulesPage />);
    fireEvent.change(await screen.findByLabelText('提前提醒天数'), { target: { value: '30' } });
    fireEvent.click(screen.getByText(/保\s*存/, { selector: 'button span' }));
    expect(await screen.findByText('提前提醒天数须小于未跟进和未成交回收天数。')).toBeInTheDocument();
    expect(api.calls.some((c) => c.method === 'PUT')).toBe(false);
  });
});
