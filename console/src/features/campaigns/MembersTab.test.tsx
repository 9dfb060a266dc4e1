import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { configureApi } from '../../api/client';
import { fakeFetch, renderAs, userWith } from '../../test/render';
import { MemberEntryModal } from './MemberEntryModal';
import { MembersTab } from './MembersTab';
import { campaignActions } from './permissions';
import { campaignOf, page, statisticValue } from './testData';
import type { Member } from './types';

const published = campaignOf(1, { status: 'PUBLISHED' });
const member = (i: number, extra: Partial<Member> = {}): Member => ({
  id: `m-${i}`, campaignId: published.id, answers: { name: `Visitor ${i}`, phone: `1380000000${i}`, company: 'Acme' },
  origin: 'ONLINE', syncStatus: 'PENDING', formVersion: 1, submissions: 1, submittedAt: '2026-12-01T08:00:00Z', ...extra,
});
const membersPath = `/api/v1/campaigns/${published.id}/members`;

function renderTab(role: 'crm-marketing' | 'crm-sales') {
  const user = userWith(role);
  return renderAs(user, <MembersTab campaign={published} can={campaignActions(user, published)} onChanged={() => {}} />);
}

describe('campaign members', () => {
  beforeEach(() => configureApi({ token: () => 'test-token' }));
  afterEach(() => vi.unstubAllGlobals());

  it('runs 执行同步 for marketing and shows the report: created, linked, failed with the reason; the list reloads', async () => {
    const api = fakeFetch((method, url) => {
      if (url.pathname === membersPath) return { body: page([member(1), member(2)], Number(url.searchParams.get('page')), 2) };
      if (method === 'POST' && url.pathname.endsWith('/sync')) {
        return {
          body: {
            synced: 2, linked: 1, failed: 1, truncated: false,
            results: [
              { memberId: 'm-1', outcome: 'CREATED', recordId: 'lead-1111', reason: null },
              { memberId: 'm-2', outcome: 'FAILED', recordId: null, reason: 'INVALID_PHONE' },
            ],
          },
        };
      }
      return { status: 404, body: { status: 404, code: 'NOT_FOUND' } };
    });
    vi.stubGlobal('fetch', api.fn);
    renderTab('crm-marketing');
    expect(await screen.findByText('Visitor 1')).toBeInTheDocument();
    expect(api.calls[0].url.searchParams.get('sort')).toBe('submittedAt,desc');

    fireEvent.click(screen.getByRole('button', { name: /执行同步/ }));
    fireEvent.click(await screen.findByRole('button', { name: /开始同步/ }));
    const report = await screen.findByTestId('sync-report');
    const figure = (title: string) => statisticValue(report, title);
    expect(figure('新建')).toBe('2');
    expect(figure('关联已有')).toBe('1');
    expect(figure('失败')).toBe('1');
    expect(within(report).getByText('INVALID_PHONE')).toBeInTheDocument();
    // the failed member is listed first
    expect(within(report).getAllByRole('row')[1]).toHaveTextContent('失败');
    await waitFor(() => expect(api.calls.filter((c) => c.url.pathname === membersPath)).toHaveLength(2));
  });

  it('says how far an interrupted sync got (503 SYNC_INTERRUPTED)', async () => {
    vi.stubGlobal('fetch', fakeFetch((method) =>
      method === 'POST'
        ? { status: 503, body: { status: 503, code: 'SERVICE_UNAVAILABLE', reason: 'SYNC_INTERRUPTED', synced: 5, linked: 0, failed: 1, remaining: 3 } }
        : { body: page([member(1)]) },
    ).fn);
    renderTab('crm-marketing');
    await screen.findByText('Visitor 1');
    fireEvent.click(screen.getByRole('button', { name: /执行同步/ }));
    fireEvent.click(await screen.findByRole('button', { name: /开始同步/ }));
    expect(await screen.findByText('同步中断（线索或客户服务不可用）：已完成的部分已保存，请稍后再次同步。')).toBeInTheDocument();
    const remaining = screen.getByText('未处理').closest('.ant-statistic')!;
    expect(remaining.querySelector('.ant-statistic-content-value')).toHaveTextContent('3');
  });

  it('shows sales the members but no entry, import or sync', async () => {
    vi.stubGlobal('fetch', fakeFetch(() => ({ body: page([member(1, { syncStatus: 'SYNCED', leadId: 'abcdef12-0000' })]) })).fn);
    renderTab('crm-sales');
    expect(await screen.findByText('Visitor 1')).toBeInTheDocument();
    expect(screen.getByText('已同步')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /线索 abcdef12/ })).toHaveAttribute('href', '/leads/abcdef12-0000');
    expect(screen.queryByRole('button', { name: /执行同步/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /录入成员/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /导入 CSV/ })).not.toBeInTheDocument();
  });

  it('offline entry: a refused answer turns its field red and what was typed stays', async () => {
    const api = fakeFetch((method, url) => {
      if (url.pathname.endsWith('/form')) {
        return { body: { campaignId: published.id, version: 2, fields: [
          { key: 'name', label: null, type: 'TEXT', required: true, options: null },
          { key: 'phone', label: null, type: 'TEXT', required: true, options: null },
          { key: 'size', label: '团队人数', type: 'NUMBER', required: false, options: null },
        ] } };
      }
      if (method === 'POST') {
        return { status: 400, body: { status: 400, code: 'VALIDATION_FAILED', reason: 'INVALID_ANSWERS', errors: [{ field: 'answers.phone', code: 'InvalidPhone', message: 'not a phone number' }] } };
      }
      return { status: 404, body: { status: 404, code: 'NOT_FOUND' } };
    });
    vi.stubGlobal('fetch', api.fn);
    const onSaved = vi.fn();
    renderAs(userWith('crm-marketing'), <MemberEntryModal campaignId={published.id} open onClose={() => {}} onSaved={onSaved} />);

    fireEvent.change(await screen.findByLabelText('姓名'), { target: { value: '王五' } });
    fireEvent.change(screen.getByLabelText('手机号'), { target: { value: '12ab' } });
    fireEvent.change(screen.getByLabelText('团队人数'), { target: { value: '12.50' } });
    fireEvent.click(screen.getByText(/保\s*存/).closest('button')!);

    expect(await screen.findByText('手机号格式不正确')).toBeInTheDocument();
    expect(screen.getByLabelText('姓名')).toHaveValue('王五');
    expect(screen.getByLabelText('手机号')).toHaveValue('12ab');
    // a number answer goes as the typed text, exact
    expect(api.calls.find((c) => c.method === 'POST')!.body).toEqual({ answers: { name: '王五', phone: '12ab', size: '12.50' } });
    expect(onSaved).not.toHaveBeenCalled();
  });
});
