import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { configureApi } from '../../api/client';
import { fakeFetch, renderAs, userWith } from '../../test/render';
import { resetLeadCaches } from './hooks';
import { LeadForm } from './LeadForm';

describe('create lead form', () => {
  beforeEach(() => {
    resetLeadCaches();
    configureApi({ token: () => 'test-token' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps what was typed on a 400 and puts the message on the offending field', async () => {
    const api = fakeFetch((method, url) => {
      if (method === 'POST' && url.pathname === '/api/v1/leads') {
        return {
          status: 400,
          body: {
            status: 400, code: 'VALIDATION_FAILED', field: 'phone',
            errors: [{ field: 'phone', code: 'Pattern', message: 'must be a phone number of digits, spaces and dashes' }],
          },
        };
      }
      return { body: { builtIn: [], channels: [] } };
    });
    vi.stubGlobal('fetch', api.fn);
    const onCreated = vi.fn();
    renderAs(userWith('crm-sales'), <LeadForm open onClose={() => {}} onSaved={onCreated} />);

    fireEvent.change(screen.getByLabelText('姓名'), { target: { value: 'Zhang San' } });
    fireEvent.change(screen.getByLabelText('公司'), { target: { value: 'Acme Retail' } });
    fireEvent.change(screen.getByLabelText('电话'), { target: { value: 'not a phone' } });
    fireEvent.click(screen.getByText(/保\s*存/).closest('button')!);

    expect(await screen.findByText('must be a phone number of digits, spaces and dashes')).toBeInTheDocument();
    expect(screen.getByLabelText('姓名')).toHaveValue('Zhang San');
    expect(screen.getByLabelText('公司')).toHaveValue('Acme Retail');
    expect(screen.getByLabelText('电话')).toHaveValue('not a phone');
    const post = api.calls.find((c) => c.method === 'POST')!;
    expect(post.body).toMatchObject({ name: 'Zhang San', company: 'Acme Retail', phone: 'not a phone', source: 'OTHER' });
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('on a duplicate links the existing lead and creates it anyway with allowDuplicate', async () => {
    const api = fakeFetch((method, url) => {
      if (method === 'POST' && url.pathname === '/api/v1/leads') {
        return url.searchParams.get('allowDuplicate') === 'true'
          ? { status: 201, body: { id: 'new-id', name: 'Zhang San', source: 'OTHER', status: 'NEW', createdAt: '', version: 0 } }
          : { status: 409, body: { status: 409, code: 'CONFLICT', reason: 'LEAD_DUPLICATE', existingId: 'old-id' } };
      }
      return { body: { builtIn: [], channels: [] } };
    });
    vi.stubGlobal('fetch', api.fn);
    const onCreated = vi.fn();
    renderAs(userWith('crm-sales'), <LeadForm open onClose={() => {}} onSaved={onCreated} />);

    fireEvent.change(screen.getByLabelText('姓名'), { target: { value: 'Zhang San' } });
    fireEvent.change(screen.getByLabelText('电话'), { target: { value: '13800000000' } });
    fireEvent.click(screen.getByText(/保\s*存/).closest('button')!);

    expect(await screen.findByText('已存在电话或邮箱相同的线索。')).toBeInTheDocument();
    expect(screen.getByText('查看已有线索').closest('a')).toHaveAttribute('href', '/leads/old-id');
    fireEvent.click(screen.getByText(/仍\s*然\s*创\s*建|仍然创建/).closest('button')!);
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ id: 'new-id' })));
  });

  it('edits a lead with the version it started from and what it does not show, and keeps the input on STALE_VERSION', async () => {
    const lead = {
      id: 'lead-1', name: 'Zhang San', company: 'Acme Retail', phone: '13800000000', source: 'WEBSITE' as const,
      status: 'FOLLOWING' as const, ownerId: 'u-1', createdAt: '2026-12-01T08:00:00Z', version: 3,
      campaignId: 'camp-1', customFields: { budget: 'large' }, nextFollowUpAt: '2026-12-03T09:00:00Z',
    };
    const api = fakeFetch((method, url) =>
      method === 'PUT' && url.pathname === '/api/v1/leads/lead-1'
        ? { status: 409, body: { status: 409, code: 'STALE_VERSION', currentVersion: 4 } }
        : { body: { builtIn: [], channels: [] } },
    );
    vi.stubGlobal('fetch', api.fn);
    const onSaved = vi.fn();
    renderAs(userWith('crm-sales'), <LeadForm open lead={lead} onClose={() => {}} onSaved={onSaved} />);

    expect(await screen.findByDisplayValue('Acme Retail')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('公司'), { target: { value: 'Acme Holdings' } });
    fireEvent.click(screen.getByText(/保\s*存/).closest('button')!);

    expect(await screen.findByText('数据已被他人修改，请刷新后重试。')).toBeInTheDocument();
    expect(screen.getByLabelText('公司')).toHaveValue('Acme Holdings');
    const put = api.calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toMatchObject({
      name: 'Zhang San', company: 'Acme Holdings', version: 3, campaignId: 'camp-1',
      customFields: { budget: 'large' }, nextFollowUpAt: '2026-12-03T09:00:00Z',
    });
    expect(onSaved).not.toHaveBeenCalled();
  });
});
