import { useEffect, useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../api/errors';
import { isApiError } from '../../../api/problem';
import { useAuth } from '../../../auth/AuthProvider';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { dealsApi } from '../api';
import { isAdmin } from '../permissions';
import { formatMoney } from '../../../shared/money';
import { LinesEditor, lineValues, linesOf, type LineValues } from '../shared/LinesEditor';
import { AmountInput, amountRule, CurrencySelect, CustomerSelect, OwnerSelect } from '../shared/Pickers';
import type { ContactOption, Contract, ContractInput, Opportunity } from '../types';

interface Values {
  mode: 'opportunity' | 'direct';
  opportunityId?: string;
  customerId?: string;
  title?: string;
  currency: string;
  byLines: boolean;
  amount?: string;
  lines?: LineValues[];
  signedAt?: Dayjs;
  startDate?: Dayjs;
  endDate?: Dayjs;
  signatoryContactId?: string;
  ownerId?: string;
}

const FIELDS = ['opportunityId', 'customerId', 'title', 'currency', 'amount', 'lines', 'signedAt', 'startDate', 'endDate', 'signatoryContactId', 'ownerId'];
const date = (d?: Dayjs) => d?.format('YYYY-MM-DD');

/**
 * A new contract — from a won opportunity (its customer, amount, currency and lines are taken) or directly for a
 * customer — or the edit of a draft or an active contract (`contract` given: the whole editable state is sent
 * back with its version; an active contract keeps its currency and owner).
 */
export function ContractForm({ open, contract, fromOpportunity, onClose, onSaved }: {
  open: boolean;
  contract?: Contract;
  fromOpportunity?: Opportunity;
  onClose: () => void;
  onSaved: (c: Contract) => void;
}) {
  const { t, i18n } = useTranslation('deals');
  const { message } = App.useApp();
  const { user } = useAuth();
  const admin = isAdmin(user);
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const [won, setWon] = useState<Opportunity[]>([]);
  const [contacts, setContacts] = useState<ContactOption[]>([]);
  const mode = Form.useWatch('mode', form);
  const byLines = Form.useWatch('byLines', form);
  const currency = Form.useWatch('currency', form) ?? 'CNY';
  const customerId = Form.useWatch('customerId', form);
  const opportunityId = Form.useWatch('opportunityId', form);
  const editing = !!contract;
  const active = contract?.status === 'ACTIVE';
  const chosen = fromOpportunity ?? won.find((o) => o.id === opportunityId);
  const customerOfContract = editing ? contract.customerId : mode === 'opportunity' ? chosen?.customerId : customerId;

  useEffect(() => {
    if (!open) return;
    setError(undefined);
    form.resetFields();
    if (contract) {
      form.setFieldsValue({
        mode: 'direct',
        title: contract.title,
        currency: contract.currency,
        byLines: contract.lines.length > 0,
        amount: contract.amount,
        lines: lineValues(contract.lines),
        signedAt: contract.signedAt ? dayjs(contract.signedAt) : undefined,
        startDate: contract.startDate ? dayjs(contract.startDate) : undefined,
        endDate: contract.endDate ? dayjs(contract.endDate) : undefined,
        signatoryContactId: contract.signatoryContactId ?? undefined,
        ownerId: contract.ownerId ?? undefined,
      });
    } else if (fromOpportunity) {
      form.setFieldsValue({ mode: 'opportunity', opportunityId: fromOpportunity.id, title: fromOpportunity.name, signedAt: dayjs() });
    } else {
      dealsApi
        .opportunities({ page: 0, size: 100, sort: 'updatedAt,desc', filters: { status: 'WON' } })
        .then((page) => setWon(page.items))
        .catch(() => setWon([]));
    }
  }, [open, contract, fromOpportunity, form]);

  useEffect(() => {
    if (!open || !customerOfContract) return setContacts([]);
    dealsApi.customer(customerOfContract).then((c) => setContacts(c.contacts ?? [])).catch(() => setContacts([]));
  }, [open, customerOfContract]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => undefined);
    if (!v) return; // invalid fields show their messages; nothing is sent
    setSaving(true);
    setError(undefined);
    const dates = { signedAt: date(v.signedAt), startDate: date(v.startDate), endDate: date(v.endDate), signatoryContactId: v.signatoryContactId };
    const money = { currency: v.currency, amount: v.byLines ? undefined : v.amount, lines: v.byLines ? linesOf(v.lines) : [] };
    let input: ContractInput;
    if (editing) {
      input = { ...dates, ...money, title: v.title, ownerId: admin && !active ? v.ownerId : undefined, version: contract.version };
      if (active) input.currency = undefined; // an active contract keeps its currency
    } else if (v.mode === 'opportunity') {
      input = { ...dates, opportunityId: v.opportunityId, title: v.title, ownerId: admin ? v.ownerId : undefined };
    } else {
      input = { ...dates, ...money, customerId: v.customerId, title: v.title, ownerId: admin ? v.ownerId : undefined };
    }
    try {
      const saved = editing ? await dealsApi.updateContract(contract.id, input) : await dealsApi.createContract(input);
      message.success(t(editing ? 'contract.saved' : 'contract.created'));
      onSaved(saved);
    } catch (e) {
      const unmatched = applyFieldErrors(form, e, { fields: FIELDS });
      setError(unmatched.length || !isApiError(e) || e.fieldErrors.length === 0 ? e : undefined);
    } finally {
      setSaving(false);
    }
  };

  const fromDeal = !editing && (mode === 'opportunity' || !!fromOpportunity);
  return (
    <Modal
      open={open}
      title={t(editing ? 'contract.edit' : 'contract.create')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common:action.save')}
      confirmLoading={saving}
      width={860}
      forceRender
    >
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      {active && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('contract.activeEditHint')} />}
      <Form form={form} layout="vertical" name="contract" initialValues={{ mode: 'opportunity', currency: 'CNY', byLines: false }}>
        {!editing && !fromOpportunity && (
          <Form.Item name="mode">
            <Radio.Group
              optionType="button"
              options={[{ value: 'opportunity', label: t('contract.fromOpportunity') }, { value: 'direct', label: t('contract.direct') }]}
            />
          </Form.Item>
        )}
        {fromDeal && (
          <>
            <Form.Item name="opportunityId" label={t('field.opportunity')} rules={[{ required: true }]}>
              <Select
                disabled={!!fromOpportunity}
                showSearch
                optionFilterProp="label"
                placeholder={t('contract.chooseOpportunity')}
                notFoundContent={t('contract.noWonOpportunity')}
                onChange={(id: string) => form.setFieldValue('title', won.find((o) => o.id === id)?.name)}
                options={(fromOpportunity ? [fromOpportunity] : won).map((o) => ({
                  value: o.id,
                  label: `${o.name} · ${formatMoney(o.amount, o.currency, i18n.language)}`,
                }))}
              />
            </Form.Item>
            <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('contract.fromOpportunityHint')} />
          </>
        )}
        {!editing && !fromDeal && (
          <Form.Item name="customerId" label={t('field.customer')} rules={[{ required: true }]}>
            <CustomerSelect />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('field.title')} rules={[{ required: !fromDeal, whitespace: true }, { max: 200 }]}>
          <Input />
        </Form.Item>
        {!fromDeal && (
          <>
            <Space wrap align="start">
              <Form.Item name="currency" label={t('field.currency')} rules={[{ required: true }]}>
                <CurrencySelect disabled={active} />
              </Form.Item>
              {!byLines && (
                <Form.Item name="amount" label={t('field.amount')} rules={[{ required: true }, amountRule(t('validation.amount'))]}>
                  <AmountInput style={{ width: 200 }} />
                </Form.Item>
              )}
              <Form.Item name="byLines" label={t('opportunity.byLines')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Space>
            {byLines && <LinesEditor currency={currency} />}
          </>
        )}
        <Space wrap align="start" style={{ marginTop: 16 }}>
          <Form.Item name="signedAt" label={t('field.signedAt')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="startDate" label={t('field.startDate')}>
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="endDate"
            label={t('field.endDate')}
            dependencies={['startDate']}
            rules={[({ getFieldValue }) => ({
              validator: (_, end?: Dayjs) => {
                const start = getFieldValue('startDate') as Dayjs | undefined;
                return !end || !start || !end.isBefore(start, 'day') ? Promise.resolve() : Promise.reject(new Error(t('validation.endBeforeStart')));
              },
            })]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item name="signatoryContactId" label={t('field.signatory')}>
            <Select allowClear style={{ width: 180 }} options={contacts.map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
          {admin && !active && (
            <Form.Item name="ownerId" label={t('field.owner')} tooltip={t('opportunity.ownerHint')}>
              <OwnerSelect style={{ width: 180 }} />
            </Form.Item>
          )}
        </Space>
      </Form>
    </Modal>
  );
}
