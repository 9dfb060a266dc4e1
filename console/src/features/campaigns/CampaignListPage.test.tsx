import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { configureApi } from '../../api/client';
import { fakeFetch, renderAs, userWith } from '../../test/render';
import { CampaignListPage } from './CampaignListPage';
import { resetCampaignCaches } from './hooks';
import { TYPES, campaignOf, page } from './testData';

const listCalls = (calls: { url: URL }[]) => calls.filter((c) => c.url.pathname === '/api/v1/campaigns');

describe('campaign list', () => {
  beforeEach(() => {
    resetCampaignCaches();
    configureApi({ token: () => 'test-token' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('pages on the server: page 0 sorted by start, then page 1 when the user turns the page', async () => {
    const api = fakeFetch((_m, url) => {
      if (url.pathname === '/api/v1/campaigns/types') return { body: TYPES };
      const p = Number(url.searchParams.get('page'));
      return { body: page([1, 2, 3].map((i) => campaignOf(p * 20 + i, { type: 'ROADSHOW', budget: '12345678901234567.89' })), p, 45) };
    });
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-marketing'), <CampaignListPage />, { path: '/campaigns' });

    expect(await screen.findByText('Campaign 1')).toBeInTheDocument();
    expect(screen.getByText('共 45 条')).toBeInTheDocument();
    const first = listCalls(api.calls)[0];
    expect(first.url.searchParams.get('page')).toBe('0');
    expect(first.url.searchParams.get('size')).toBe('20');
    expect(first.url.searchParams.get('sort')).toBe('startAt,desc');
    // the tenant's own type by its label; a budget beyond double precision with every digit
    expect((await screen.findAllByText('路演')).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/12,345,678,901,234,567\.89/).length).toBe(3);

    fireEvent.click(within(document.querySelector('.ant-pagination') as HTMLElement).getByText('2'));
    expect(await screen.findByText('Campaign 21')).toBeInTheDocument();
    expect(listCalls(api.calls).at(-1)!.url.searchParams.get('page')).toBe('1');
  });

  it('sends the keyword and the status filter, from the first page again', async () => {
    const api = fakeFetch((_m, url) =>
      url.pathname === '/api/v1/campaigns/types' ? { body: TYPES } : { body: page([campaignOf(7)]) },
    );
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-marketing'), <CampaignListPage />, { path: '/campaigns' });
    await screen.findByText('Campaign 7');

    fireEvent.mouseDown(screen.getByRole('combobox', { name: '状态' }));
    fireEvent.click(await screen.findByTitle('已发布'));
    const search = screen.getByPlaceholderText('活动名称');
    fireEvent.change(search, { target: { value: '发布会' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => {
      const last = listCalls(api.calls).at(-1)!.url.searchParams;
      expect(last.get('keyword')).toBe('发布会');
      expect(last.get('status')).toBe('PUBLISHED');
      expect(last.get('page')).toBe('0');
    });
  });

  it('shows marketing the create button and row actions, and sales neither', async () => {
    vi.stubGlobal('fetch', fakeFetch((_m, url) =>
      url.pathname === '/api/v1/campaigns/types' ? { body: TYPES } : { body: page([campaignOf(1, { status: 'PUBLISHED' })]) },
    ).fn);
    const { unmount } = renderAs(userWith('crm-marketing'), <CampaignListPage />, { path: '/campaigns' });
    await screen.findByText('Campaign 1');
    expect(screen.getByText('新建活动')).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('更多 Campaign 1'));
    expect(await screen.findByText('结束活动')).toBeInTheDocument();
    expect(screen.queryByText('发布')).not.toBeInTheDocument(); // published already
    unmount();

    renderAs(userWith('crm-sales'), <CampaignListPage />, { path: '/campaigns' });
    await screen.findByText('Campaign 1');
    expect(screen.queryByText('新建活动')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('更多 Campaign 1')).not.toBeInTheDocument();
  });
});
