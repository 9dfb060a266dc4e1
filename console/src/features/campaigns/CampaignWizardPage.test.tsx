import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { configureApi } from '../../api/client';
import { fakeFetch, renderAs, userWith } from '../../test/render';
import { CampaignWizardPage } from './CampaignWizardPage';
import { resetCampaignCaches } from './hooks';
import { TYPES, campaignOf } from './testData';

const created = campaignOf(9, { formVersion: null, version: 0 });

async function fillBasicInfo() {
  fireEvent.change(await screen.findByLabelText('活动名称'), { target: { value: '新品发布会' } });
  fireEvent.mouseDown(screen.getByRole('combobox', { name: '活动类型' }));
  fireEvent.click(await screen.findByTitle('会议'));
  fireEvent.change(screen.getByLabelText('预算'), { target: { value: '100000.50' } });
  fireEvent.change(screen.getByLabelText('活动说明'), { target: { value: '现场演示' } });
  fireEvent.click(screen.getByText('下一步').closest('button')!);
  await waitFor(() => expect(screen.getByTestId('wizard-step-form')).toBeVisible());
}

const save = () => fireEvent.click(screen.getByText('保存活动').closest('button')!);
const fieldKeys = () => screen.getAllByTestId('builder-field').map((row) => row.querySelector('.ant-card-head-title .ant-typography')?.textContent);

describe('campaign wizard', () => {
  beforeEach(() => {
    resetCampaignCaches();
    configureApi({ token: () => 'test-token' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('on a 400 for a step-1 field, found while on step 2, opens step 1 with the field in red and keeps everything typed', async () => {
    const api = fakeFetch((method, url) => {
      if (url.pathname === '/api/v1/campaigns/types') return { body: TYPES };
      if (method === 'POST') {
        return { status: 400, body: { status: 400, code: 'VALIDATION_FAILED', field: 'type', errors: [{ field: 'type', code: 'ActiveType', message: 'must be an active campaign type' }] } };
      }
      return { status: 404, body: { status: 404, code: 'NOT_FOUND' } };
    });
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-marketing'), <CampaignWizardPage />, { path: '/campaigns/new' });

    await fillBasicInfo();
    fireEvent.click(screen.getByTestId('catalogue-company'));
    save();

    expect(await screen.findByText('请选择内置或已启用的活动类型')).toBeInTheDocument();
    expect(screen.getByTestId('wizard-step-basic')).toBeVisible();
    expect(screen.getByLabelText('活动名称')).toHaveValue('新品发布会');
    expect(screen.getByLabelText('预算')).toHaveValue('100000.50');
    expect(fieldKeys()).toEqual(['name', 'phone', 'company']);
    const post = api.calls.find((c) => c.method === 'POST')!;
    // money goes as the typed decimal string, never through a float
    expect(post.body).toMatchObject({ name: '新品发布会', type: 'CONFERENCE', mode: 'ONLINE', budget: '100000.50', currency: 'CNY', targetObject: 'LEAD', description: '现场演示' });
    expect(api.calls.some((c) => c.url.pathname.endsWith('/form'))).toBe(false);
  });

  it('builds the form (standard field, custom choice, required, order) with a live preview; a refused form is marked on its row and the next save updates the campaign', async () => {
    let formAttempts = 0;
    const api = fakeFetch((method, url, body) => {
      if (url.pathname === '/api/v1/campaigns/types') return { body: TYPES };
      if (method === 'POST' && url.pathname === '/api/v1/campaigns') return { status: 201, body: created };
      if (method === 'PUT' && url.pathname === `/api/v1/campaigns/${created.id}`) return { body: { ...created, version: 1 } };
      if (method === 'PUT' && url.pathname.endsWith('/form')) {
        formAttempts += 1;
        return formAttempts === 1
          ? { status: 400, body: { status: 400, code: 'VALIDATION_FAILED', field: 'fields[3].options[1]', errors: [{ field: 'fields[3].options[1]', code: 'DuplicateOption', message: 'duplicate' }] } }
          : { body: { campaignId: created.id, version: 1, fields: (body as { fields: unknown[] }).fields } };
      }
      return { status: 404, body: { status: 404, code: 'NOT_FOUND' } };
    });
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-marketing'), <CampaignWizardPage />, { path: '/campaigns/new' });
    await fillBasicInfo();

    // a standard field, required, moved above the phone
    fireEvent.click(screen.getByTestId('catalogue-email'));
    fireEvent.click(screen.getByRole('switch', { name: '必填 邮箱' }));
    fireEvent.click(screen.getByRole('button', { name: '上移 邮箱' }));
    expect(fieldKeys()).toEqual(['name', 'email', 'phone']);

    // a custom single choice with two options
    fireEvent.click(screen.getByRole('button', { name: /添加自定义字段/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('显示名称'), { target: { value: '感兴趣的产品' } });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '字段类型' }));
    fireEvent.click(await screen.findByTitle('单选'));
    const options = await within(dialog).findByRole('combobox', { name: '选项' });
    for (const option of ['CRM', 'ERP']) {
      fireEvent.change(options, { target: { value: option } });
      fireEvent.keyDown(options, { key: 'Enter', code: 'Enter', keyCode: 13 });
    }
    fireEvent.click(within(dialog).getByText(/确\s*定/).closest('button')!);
    await waitFor(() => expect(fieldKeys()).toEqual(['name', 'email', 'phone', 'field1']));

    // the preview shows the form as a visitor sees it
    const preview = screen.getByTestId('form-preview');
    expect(within(preview).getByText('新品发布会')).toBeInTheDocument();
    expect(within(preview).getByText('感兴趣的产品')).toBeInTheDocument();
    expect(within(preview).getByText('ERP')).toBeInTheDocument();

    save();
    expect(await screen.findByText('选项重复')).toBeInTheDocument();
    expect(screen.getByText('活动信息已保存，但报名表单未保存：请修正后再次保存。')).toBeInTheDocument();
    expect(fieldKeys()).toEqual(['name', 'email', 'phone', 'field1']);

    save();
    await waitFor(() => expect(formAttempts).toBe(2));
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    const update = api.calls.find((c) => c.method === 'PUT' && c.url.pathname === `/api/v1/campaigns/${created.id}`)!;
    expect(update.body).toMatchObject({ version: 0, budget: '100000.50' });
    const form = api.calls.filter((c) => c.url.pathname.endsWith('/form')).at(-1)!;
    expect(form.body).toEqual({
      fields: [
        { key: 'name', type: 'TEXT', required: true },
        { key: 'email', type: 'TEXT', required: true },
        { key: 'phone', type: 'TEXT', required: true },
        { key: 'field1', label: '感兴趣的产品', type: 'SINGLE_CHOICE', required: false, options: ['CRM', 'ERP'] },
      ],
    });
  });

  it('edits a closed campaign: only the cost and the description are open, the form is locked', async () => {
    const closed = campaignOf(5, { status: 'CLOSED', actualCost: 88000.5 });
    vi.stubGlobal('fetch', fakeFetch((_m, url) => {
      if (url.pathname === '/api/v1/campaigns/types') return { body: TYPES };
      if (url.pathname.endsWith('/form')) return { body: { campaignId: closed.id, version: 1, fields: [{ key: 'phone', label: null, type: 'TEXT', required: true, options: null }] } };
      return { body: closed };
    }).fn);
    renderAs(userWith('crm-admin'), <CampaignWizardPage />, { path: `/campaigns/${closed.id}/edit`, route: '/campaigns/:id/edit' });

    expect(await screen.findByText('已结束或已取消的活动只能修改实际花费和说明。')).toBeInTheDocument();
    expect(screen.getByLabelText('活动名称')).toBeDisabled();
    expect(screen.getByLabelText('预算')).toHaveValue('100000.00');
    expect(screen.getByLabelText('实际花费')).toHaveValue('88000.50');
    expect(screen.getByLabelText('实际花费')).toBeEnabled();
    expect(screen.getByTestId('catalogue-email')).toBeDisabled();
  });
});
