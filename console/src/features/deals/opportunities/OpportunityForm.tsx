import { useEffect, useState } from 'react';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../api/errors';
import { isApiError } from '../../../api/problem';
import { useAuth } from '../../../auth/AuthProvider';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { dealsApi } from '../api';
import { usePipelineSettings } from '../hooks';
import { isAdmin } from '../permissions';
import { LinesEditor, lineValues, linesOf, type LineValues } from '../shared/LinesEditor';
import { AmountInput, amountRule, CurrencySelect, CustomerSelect, OwnerSelect } from '../shared/Pickers';
import type { Opportunity, OpportunityInput } from '../types';

interface Values {
  customerId?: string;
  name: string;
  byLines: boolean;
  amount?: string;
  currency: string;
  lines?: LineValues[];
  expectedCloseDate?: Dayjs;
  stage?: string;
  probability?: number | null;
  ownerId?: string;
  description?: string;
}

const FIELDS = ['customerId', 'name', 'amount', 'currency', 'lines', 'expectedCloseDate', 'stage', 'probability', 'ownerId', 'description'];

/**
 * Creates an opportunity (customer picker, amount or product lines, stage, probability, owner for an admin) or
 * edits one (`opportunity` given: its version goes along, the stage moves elsewhere). A 400 puts each message on
 * its field and keeps what was typed.
 */
export function OpportunityForm({ open, opportunity, onClose, onSaved }: {
  open: boolean;
  opportunity?: Opportunity;
  onClose: () => void;
  onSaved: (o: Opportunity) => void;
}) {
  const { t } = useTranslation('deals');
  const { message } = App.useApp();
  const { user } = useAuth();
  const admin = isAdmin(user);
  const { settings } = usePipelineSettings();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const byLines = Form.useWatch('byLines', form);
  const currency = Form.useWatch('currency', form) ?? 'CNY';
  const editing = !!opportunity;

  useEffect(() => {
    if (!open) return;
    setError(undefined);
    form.resetFields();
    if (opportunity) {
      form.setFieldsValue({
        name: opportunity.name,
        byLines: opportunity.lines.length > 0,
        amount: opportunity.amount,
        currency: opportunity.currency,
        lines: lineValues(opportunity.lines),
        expectedCloseDate: opportunity.expectedCloseDate ? dayjs(opportunity.expectedCloseDate) : undefined,
        probability: opportunity.probability,
        ownerId: opportunity.ownerId ?? undefined,
        description: opportunity.description ?? undefined,
      });
    }
  }, [open, opportunity, form]);

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return; // invalid fields show their messages; nothing is sent
    setSaving(true);
    setError(undefined);
    const input: OpportunityInput = {
      name: values.name.trim(),
      currency: values.currency,
      amount: values.byLines ? undefined : values.amount,
      lines: values.byLines ? linesOf(values.lines) : [],
      expectedCloseDate: values.expectedCloseDate?.format('YYYY-MM-DD'),
      probability: values.probability ?? undefined,
      ownerId: admin ? values.ownerId : undefined,
      description: values.description,
    };
    try {
      const saved = editing
        ? await dealsApi.updateOpportunity(opportunity.id, { ...input, version: opportunity.version })
        : await dealsApi.createOpportunity({ ...input, customerId: values.customerId, stage: values.stage });
      message.success(t(editing ? 'opportunity.saved' : 'opportunity.created'));
      onSaved(saved);
    } catch (e) {
      const unmatched = applyFieldErrors(form, e, { fields: FIELDS });
      setError(unmatched.length || !isApiError(e) || e.fieldErrors.length === 0 ? e : undefined);
    } finally {
      setSaving(false);
    }
  };

  const openStages = (settings?.stages ?? []).filter((s) => s.open);
  return (
    <Modal
      open={open}
      title={t(editing ? 'opportunity.edit' : 'opportunity.create')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common:action.save')}
      confirmLoading={saving}
      width={860}
      forceRender
    >
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" name="opportunity" initialValues={{ currency: 'CNY', byLines: false }}>
        {!editing && (
          <Form.Item name="customerId" label={t('field.customer')} rules={[{ required: true }]}>
            <CustomerSelect />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('field.name')} rules={[{ required: true, whitespace: true }, { max: 200 }]}>
          <Input />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="currency" label={t('field.currency')} rules={[{ required: true }]}>
            <CurrencySelect />
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
        <Space wrap align="start" style={{ marginTop: byLines ? 16 : 0 }}>
          <Form.Item name="expectedCloseDate" label={t('field.expectedCloseDate')}>
            <DatePicker />
          </Form.Item>
          {!editing && (
            <Form.Item name="stage" label={t('field.stage')}>
              <Select allowClear style={{ width: 160 }} placeholder={openStages[0]?.name} options={openStages.map((s) => ({ value: s.code, label: `${s.name} (${s.probability}%)` }))} />
            </Form.Item>
          )}
          <Form.Item name="probability" label={t('field.probability')} tooltip={t('opportunity.probabilityHint')}>
            <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: 120 }} />
          </Form.Item>
          {admin && (
            <Form.Item name="ownerId" label={t('field.owner')} tooltip={t('opportunity.ownerHint')}>
              <OwnerSelect style={{ width: 180 }} />
            </Form.Item>
          )}
        </Space>
        <Form.Item name="description" label={t('field.description')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
