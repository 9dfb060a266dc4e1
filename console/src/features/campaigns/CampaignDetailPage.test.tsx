import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { configureApi } from '../../api/client';
import { fakeFetch, renderAs, userWith } from '../../test/render';
import { CampaignDetailPage } from './CampaignDetailPage';
import { resetCampaignCaches } from './hooks';
import { TYPES, campaignOf } from './testData';
import type { Campaign } from './types';

const path = (c: Campaign) => ({ path: `/campaigns/${c.id}`, route: '/campaigns/:id' });

describe('campaign detail', () => {
  beforeEach(() => {
    resetCampaignCaches();
    configureApi({ token: () => 'test-token' });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('publishes a draft after confirmation; the promotion link and the QR code then show', async () => {
    const draft = campaignOf(2, { status: 'DRAFT', formVersion: 1 });
    // jsdom has no object URLs
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:qr'), revokeObjectURL: vi.fn() });
    const api = fakeFetch((method, url) => {
      if (url.pathname === '/api/v1/campaigns/types') return { body: TYPES };
      if (method === 'POST' && url.pathname.endsWith('/publish')) return { body: { ...draft, status: 'PUBLISHED', version: 4 } };
      if (url.pathname.endsWith('/link')) return { body: { url: 'http://localhost:8080/p/tok123', token: 'tok123' } };
      if (url.pathname.endsWith('/qr.png')) return { body: 'png' };
      if (url.pathname.endsWith('/form')) return { body: { campaignId: draft.id, version: 1, fields: [{ key: 'phone', label: null, type: 'TEXT', required: true, options: null }] } };
      return { body: draft };
    });
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-marketing'), <CampaignDetailPage />, path(draft));

    expect(await screen.findByText('活动发布后生成推广链接。')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /发\s*布/ }));
    fireEvent.click(await screen.findByRole('button', { name: /确\s*定|OK/ }));

    expect(await screen.findByTestId('promotion-url')).toHaveValue('http://localhost:8080/p/tok123');
    expect(screen.getAllByText('已发布').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: /打开报名页/ })).toHaveAttribute('href', 'http://localhost:8080/p/tok123');
    expect(await screen.findByAltText('推广二维码')).toHaveAttribute('src', 'blob:qr');
    // the QR code is fetched with the bearer token (the shared client only reads JSON)
    expect(api.calls.some((c) => c.url.pathname === `/api/v1/campaigns/${draft.id}/qr.png`)).toBe(true);
    expect(screen.getByRole('button', { name: /结束活动/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^发\s*布$/ })).not.toBeInTheDocument();
  });

  it('keeps publish disabled until a form is saved, and shows sales no action at all', async () => {
    const draft = campaignOf(3, { status: 'DRAFT', formVersion: null });
    vi.stubGlobal('fetch', fakeFetch((_m, url) => (url.pathname === '/api/v1/campaigns/types' ? { body: TYPES } : { body: draft })).fn);
    const { unmount } = renderAs(userWith('crm-marketing'), <CampaignDetailPage />, path(draft));
    expect(await screen.findByText('尚未保存报名表单。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /发\s*布/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: /编\s*辑/ })).toBeEnabled();
    unmount();

    renderAs(userWith('crm-sales'), <CampaignDetailPage />, path(draft));
    await screen.findByText('尚未保存报名表单。');
    for (const name of [/编\s*辑/, /发\s*布/, /取消活动/, /删\s*除/]) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });

  it('shows a refused move in plain words (409 CAMPAIGN_HAS_MEMBERS on delete)', async () => {
    const closed = campaignOf(4, { status: 'CLOSED' });
    vi.stubGlobal('fetch', fakeFetch((method, url) => {
      if (method === 'DELETE') return { status: 409, body: { status: 409, code: 'CONFLICT', reason: 'CAMPAIGN_HAS_MEMBERS' } };
      if (url.pathname.endsWith('/link')) return { body: { url: 'http://localhost:8080/p/t', token: 't' } };
      if (url.pathname.endsWith('/qr.png')) return { status: 404, body: { status: 404, code: 'NOT_FOUND' } };
      if (url.pathname.endsWith('/form')) return { body: { campaignId: closed.id, version: 1, fields: [] } };
      return { body: url.pathname === '/api/v1/campaigns/types' ? TYPES : closed };
    }).fn);
    renderAs(userWith('crm-admin'), <CampaignDetailPage />, path(closed));
    fireEvent.click(await screen.findByRole('button', { name: /删\s*除/ }));
    fireEvent.click(await screen.findByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(screen.getByText('活动已有成员，不能删除：请结束或取消活动。')).toBeInTheDocument());
  });
});
