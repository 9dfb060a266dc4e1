import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { configureApi } from '../../api/client';
import { fakeFetch, renderAs, userWith } from '../../test/render';
import { ContactsPanel } from './ContactsPanel';
import type { Contact } from './types';

const contact = (id: string, name: string, primary: boolean, over: Partial<Contact> = {}): Contact => ({
  id, customerId: 'c-1', name, primary, phone: '13800000000', title: 'CTO', createdAt: '', version: 2, ...over,
});
const rowOf = async (name: string) => (await screen.findByText(name)).closest('tr') as HTMLElement;

describe('customer contacts', () => {
  beforeEach(() => configureApi({ token: () => 'test-token' }));
  afterEach(() => vi.unstubAllGlobals());

  it('marks a contact primary with the whole contact, its version and primary true', async () => {
    let contacts = [contact('p', 'Old Primary', true), contact('n', 'Li Lei', false, { email: 'li@acme.example', decisionRole: 'DECISION_MAKER' })];
    const api = fakeFetch((method, url, body) => {
      if (method === 'PUT') {
        contacts = contacts.map((c) => ({ ...c, primary: c.id === 'n' }));
        return { body: { ...contacts[1], ...(body as object) } };
      }
      if (url.pathname === '/api/v1/customers/c-1/contacts') return { body: contacts };
      return { body: {} };
    });
    vi.stubGlobal('fetch', api.fn);
    const onChanged = vi.fn();
    renderAs(userWith('crm-sales'), <ContactsPanel customerId="c-1" canEdit onChanged={onChanged} />);

    fireEvent.click(within(await rowOf('Li Lei')).getByText('设为首要'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    const put = api.calls.find((c) => c.method === 'PUT')!;
    expect(put.url.pathname).toBe('/api/v1/customers/c-1/contacts/n');
    expect(put.body).toEqual({
      name: 'Li Lei', title: 'CTO', phone: '13800000000', email: 'li@acme.example', decisionRole: 'DECISION_MAKER', primary: true, version: 2,
    });
    // reloaded: the new primary is first and tagged, the old one may now be made primary again
    await waitFor(() => expect(within(screen.getAllByTestId('contact-row')[0]).getByText('Li Lei')).toBeInTheDocument());
    expect(within(await rowOf('Old Primary')).getByText('设为首要')).toBeInTheDocument();
  });

  it('asks who becomes primary before deleting the primary contact', async () => {
    const api = fakeFetch((method, url) => {
      if (method === 'DELETE') return { status: 204 };
      if (url.pathname === '/api/v1/customers/c-1/contacts') return { body: [contact('p', 'Boss', true), contact('n', 'Deputy', false)] };
      return { body: {} };
    });
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-sales'), <ContactsPanel customerId="c-1" canEdit onChanged={() => {}} />);

    fireEvent.click(within(await rowOf('Boss')).getByText(/删\s*除/));
    expect(await screen.findByText('「Boss」是首要联系人，请先选择新的首要联系人。')).toBeInTheDocument();
    const dialog = screen.getByText('删除首要联系人').closest('.ant-modal') as HTMLElement;
    fireEvent.mouseDown(within(dialog).getByRole('combobox'));
    fireEvent.click(await screen.findByText('Deputy（CTO）', { selector: '.ant-select-item-option-content' }));
    fireEvent.click(within(dialog).getByText(/删\s*除/, { selector: 'button span' }));
    await waitFor(() => {
      const del = api.calls.find((c) => c.method === 'DELETE')!;
      expect(del.url.pathname).toBe('/api/v1/customers/c-1/contacts/p');
      expect(del.url.searchParams.get('newPrimaryContactId')).toBe('n');
    });
  });

  it('shows contacts read-only to someone who may not change them', async () => {
    vi.stubGlobal('fetch', fakeFetch(() => ({ body: [contact('p', 'Boss', true), contact('n', 'Deputy', false)] })).fn);
    renderAs(userWith('crm-finance'), <ContactsPanel customerId="c-1" canEdit={false} onChanged={() => {}} />);
    expect(await screen.findByText('Deputy')).toBeInTheDocument();
    expect(screen.queryByText('添加联系人')).not.toBeInTheDocument();
    expect(screen.queryByText('设为首要')).not.toBeInTheDocument();
    expect(screen.queryByText(/删\s*除/)).not.toBeInTheDocument();
  });

  it('adds a first contact as primary and keeps the input on a 400', async () => {
    const api = fakeFetch((method) =>
      method === 'POST'
        ? { status: 400, body: { status: 400, code: 'VALIDATION_FAILED', errors: [{ field: 'email', code: 'Email', message: 'must be a well-formed email address' }] } }
        : { body: [] },
    );
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-sales'), <ContactsPanel customerId="c-1" canEdit onChanged={() => {}} />);
    fireEvent.click(await screen.findByText('添加联系人', { selector: 'button span' }));
    const dialog = (await screen.findByText('添加联系人', { selector: '.ant-modal-title' })).closest('.ant-modal') as HTMLElement;
    fireEvent.change(within(dialog).getByLabelText('姓名'), { target: { value: 'Han Meimei' } });
    fireEvent.change(within(dialog).getByLabelText('邮箱'), { target: { value: 'han@acme.example' } });
    fireEvent.click(within(dialog).getByText(/确\s*定|OK/));
    expect(await screen.findByText('must be a well-formed email address')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('姓名')).toHaveValue('Han Meimei');
    expect(api.calls.find((c) => c.method === 'POST')!.body).toEqual({ name: 'Han Meimei', email: 'han@acme.example', primary: true });
  });
});
