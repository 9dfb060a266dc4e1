import { useEffect, useRef, useState } from 'react';
import { Alert, App, Checkbox, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../api/errors';
import { isApiError } from '../../../api/problem';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { dealsApi } from '../api';
import { compareDecimals, formatMoney, subtractDecimals, sumDecimals } from '../../../shared/money';
import { Money } from '../../../shared/Money';
import { AmountInput, amountRule } from '../shared/Pickers';
import { PAYMENT_METHODS, type Payment, type PaymentMethod, type PaymentPlan } from '../types';

interface Values {
  amount: string;
  receivedAt: Dayjs;
  method: PaymentMethod;
  reference?: string;
  installmentIds?: string[];
  allowOverCollection?: boolean;
}

const FIELDS = ['amount', 'receivedAt', 'method', 'reference', 'installmentIds', 'currency'];

/** A fresh Idempotency-Key: one per payment the user means to record (kept while the form is open). */
const newKey = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

/**
 * Records money received against a contract (回款登记): amount in the contract's currency, date, method,
 * reference, and the installments it pays. The same Idempotency-Key is sent again if the user retries, so a lost
 * answer never records the payment twice. Finance alone may go beyond the contract amount.
 */
export function RecordPaymentModal({ open, plan, canOverCollect, onClose, onRecorded }: {
  open: boolean;
  plan: PaymentPlan;
  canOverCollect: boolean;
  onClose: () => void;
  onRecorded: (p: Payment) => void;
}) {
  const { t, i18n } = useTranslation('deals');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const key = useRef(newKey());
  const remaining = subtractDecimals(plan.contractAmount, sumDecimals([plan.collected, plan.recordedUnconfirmed]));

  useEffect(() => {
    if (!open) return;
    key.current = newKey();
    setError(undefined);
    form.resetFields();
    const firstUnpaid = plan.installments.find((i) => compareDecimals(i.unpaid, '0') > 0);
    form.setFieldsValue({ amount: firstUnpaid ? subtractDecimals(firstUnpaid.unpaid, firstUnpaid.recorded) : undefined });
  }, [open, plan, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => undefined);
    if (!v) return; // invalid fields show their messages; nothing is sent
    setSaving(true);
    setError(undefined);
    try {
      const payment = await dealsApi.recordPayment(
        {
          contractId: plan.contractId,
          amount: v.amount,
          currency: plan.currency,
          receivedAt: v.receivedAt.format('YYYY-MM-DD'),
          method: v.method,
          reference: v.reference,
          installmentIds: v.installmentIds,
        },
        key.current,
        canOverCollect && v.allowOverCollection,
      );
      message.success(t('payment.recorded'));
      onRecorded(payment);
    } catch (e) {
      const unmatched = applyFieldErrors(form, e, { fields: FIELDS, map: { currency: 'amount' } });
      setError(unmatched.length || !isApiError(e) || e.fieldErrors.length === 0 ? e : undefined);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title={`${t('payment.record')} · ${plan.contractNumber ?? ''}`} onCancel={onClose} onOk={() => void submit()} okText={t('payment.record')} confirmLoading={saving} width={620} forceRender>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      <Alert
        type={compareDecimals(remaining, '0') > 0 ? 'info' : 'warning'}
        showIcon
        style={{ marginBottom: 16 }}
        message={<>{t('plan.contractAmount')} <Money amount={plan.contractAmount} currency={plan.currency} /> · {t('payment.remaining', { amount: '' })}<Money amount={remaining} currency={plan.currency} strong /></>}
      />
      <Form form={form} layout="vertical" name="record-payment" initialValues={{ method: 'BANK_TRANSFER', receivedAt: dayjs() }}>
        <Space wrap align="start">
          <Form.Item name="amount" label={`${t('field.amount')} (${plan.currency})`} rules={[{ required: true }, amountRule(t('validation.positiveAmount'), true)]}>
            <AmountInput style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="receivedAt" label={t('payment.receivedAt')} rules={[{ required: true }]}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs('2000-01-01'))} />
          </Form.Item>
          <Form.Item name="method" label={t('payment.method')} rules={[{ required: true }]}>
            <Select style={{ width: 140 }} options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`paymentMethod.${m}`) }))} />
          </Form.Item>
        </Space>
        <Form.Item name="reference" label={t('payment.reference')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="installmentIds" label={t('payment.installments')}>
          <Select
            mode="multiple"
            allowClear
            options={plan.installments
              .filter((i) => i.id && i.status !== 'PAID')
              .map((i) => ({
                value: i.id!,
                label: `${t('plan.installment', { n: plan.installments.indexOf(i) + 1 })} · ${i.dueDate} · ${formatMoney(i.unpaid, plan.currency, i18n.language)}`,
              }))}
          />
        </Form.Item>
        {canOverCollect && (
          <Form.Item name="allowOverCollection" valuePropName="checked">
            <Checkbox>{t('payment.allowOverCollection')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
