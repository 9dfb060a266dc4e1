import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { configureApi } from '../../api/client';
import { fakeFetch, renderAs, userWith } from '../../test/render';
import { CustomerFormModal } from './CustomerFormModal';
import type { Customer } from './types';

const save = () => fireEvent.click(screen.getByText(/保\s*存/).closest('button')!);

describe('customer form', () => {
  beforeEach(() => configureApi({ token: () => 'test-token' }));
  afterEach(() => vi.unstubAllGlobals());

  it('keeps what was typed on a 400 and puts the message on the offending field', async () => {
    const api = fakeFetch(() => ({
      status: 400,
      body: {
        status: 400, code: 'VALIDATION_FAILED', field: 'website',
        errors: [{ field: 'website', code: 'Size', message: 'size must be between 0 and 200' }, { field: 'tags[1]', code: 'Pattern', message: 'bad tag' }],
      },
    }));
    vi.stubGlobal('fetch', api.fn);
    const onSaved = vi.fn();
    renderAs(userWith('crm-sales'), <CustomerFormModal open onClose={() => {}} onSaved={onSaved} />);

    fireEvent.change(screen.getByLabelText('客户名称'), { target: { value: 'Acme Retail' } });
    fireEvent.change(screen.getByLabelText('电话'), { target: { value: '021-55550000' } });
    fireEvent.change(screen.getByLabelText('网址'), { target: { value: 'acme.example' } });
    save();

    expect(await screen.findByText('size must be between 0 and 200')).toBeInTheDocument();
    expect(await screen.findByText('bad tag')).toBeInTheDocument();
    expect(screen.getByLabelText('客户名称')).toHaveValue('Acme Retail');
    expect(screen.getByLabelText('电话')).toHaveValue('021-55550000');
    expect(screen.getByLabelText('网址')).toHaveValue('acme.example');
    const post = api.calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/customers');
    expect(post.body).toEqual({ kind: 'ORGANIZATION', name: 'Acme Retail', phone: '021-55550000', website: 'acme.example', source: 'OTHER', tags: [] });
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('checks the phone before sending', async () => {
    const api = fakeFetch(() => ({ body: {} }));
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-sales'), <CustomerFormModal open onClose={() => {}} onSaved={() => {}} />);
    fireEvent.change(screen.getByLabelText('客户名称'), { target: { value: 'Acme' } });
    fireEvent.change(screen.getByLabelText('电话'), { target: { value: 'call me' } });
    save();
    expect(await screen.findByText('电话只能包含数字、空格和短横线（可以 + 开头），5–31 位。')).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });

  it('on a duplicate links the existing customer and saves anyway with allowDuplicate', async () => {
    const api = fakeFetch((_m, url) =>
      url.searchParams.get('allowDuplicate') === 'true'
        ? { status: 201, body: { id: 'new-id', kind: 'ORGANIZATION', name: 'Acme', createdAt: '', version: 0 } }
        : { status: 409, body: { status: 409, code: 'CONFLICT', reason: 'CUSTOMER_DUPLICATE', existingId: 'old-id' } },
    );
    vi.stubGlobal('fetch', api.fn);
    const onSaved = vi.fn();
    renderAs(userWith('crm-sales'), <CustomerFormModal open onClose={() => {}} onSaved={onSaved} />);
    fireEvent.change(screen.getByLabelText('客户名称'), { target: { value: 'Acme' } });
    save();

    expect(await screen.findByText('已存在名称或电话相同的客户。')).toBeInTheDocument();
    expect(screen.getByText('查看已有客户').closest('a')).toHaveAttribute('href', '/customers/old-id');
    fireEvent.click(screen.getByText(/仍\s*然\s*保\s*存|仍然保存/).closest('button')!);
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'new-id' })));
  });

  it('edits with the version it was read at, and asks for a reload on a stale version', async () => {
    const existing: Customer = { id: 'c-1', kind: 'INDIVIDUAL', name: 'Wang Wu', phone: '13900000000', tags: ['vip'], createdAt: '', version: 4 };
    const api = fakeFetch(() => ({ status: 409, body: { status: 409, code: 'STALE_VERSION', currentVersion: 5 } }));
    vi.stubGlobal('fetch', api.fn);
    const onStale = vi.fn();
    renderAs(userWith('crm-sales'), <CustomerFormModal open customer={existing} onClose={() => {}} onSaved={() => {}} onStale={onStale} />);
    expect(await screen.findByDisplayValue('Wang Wu')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('客户名称'), { target: { value: 'Wang Wu Ltd' } });
    save();
    await waitFor(() => expect(onStale).toHaveBeenCalled());
    expect(await screen.findByText('客户已被他人修改，已载入最新内容，请重新编辑后保存。')).toBeInTheDocument();
    const put = api.calls.find((c) => c.method === 'PUT')!;
    expect(put.url.pathname).toBe('/api/v1/customers/c-1');
    expect(put.body).toMatchObject({ kind: 'INDIVIDUAL', name: 'Wang Wu Ltd', phone: '13900000000', tags: ['vip'], version: 4 });
  });
});
