import { useState } from 'react';
import { Button, Card, DatePicker, Form, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { AmountInput } from '../shared/Pickers';
import { PAYMENT_METHODS, PAYMENT_STATUSES, type PaymentFilters } from '../types';
import { PaymentsTable } from './PaymentsTable';

interface FilterValues {
  status?: PaymentFilters['status'];
  method?: PaymentFilters['method'];
  received?: [Dayjs | null, Dayjs | null] | null;
  amountMin?: string;
  amountMax?: string;
}

/**
 * Payments (回款): every payment the user may see (finance and admin: the tenant's; sales: their contracts'),
 * filtered on the server. Finance confirms the money that arrived and reverses mistakes here; "to confirm" first.
 */
export function PaymentListPage() {
  const { t } = useTranslation('deals');
  const [form] = Form.useForm<FilterValues>();
  const [filters, setFilters] = useState<PaymentFilters>({});
  const apply = (v: FilterValues) => {
    const [from, to] = v.received ?? [];
    setFilters({
      status: v.status,
      method: v.method,
      receivedFrom: from?.format('YYYY-MM-DD'),
      receivedTo: to?.format('YYYY-MM-DD'),
      amountMin: v.amountMin || undefined,
      amountMax: v.amountMax || undefined,
    });
  };
  return (
    <Card title={t('payment.title')}>
      <Form form={form} layout="inline" onFinish={apply} style={{ marginBottom: 16, rowGap: 8 }} name="payment-filters">
        <Form.Item name="status">
          <Select allowClear placeholder={t('field.status')} style={{ width: 120 }} options={PAYMENT_STATUSES.map((s) => ({ value: s, label: t(`paymentStatus.${s}`) }))} />
        </Form.Item>
        <Form.Item name="method">
          <Select allowClear placeholder={t('payment.method')} style={{ width: 130 }} options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`paymentMethod.${m}`) }))} />
        </Form.Item>
        <Form.Item name="received">
          <DatePicker.RangePicker placeholder={[t('payment.receivedRange'), t('payment.receivedRange')]} />
        </Form.Item>
        <Form.Item name="amountMin">
          <AmountInput placeholder={t('placeholder.amountMin')} style={{ width: 110 }} />
        </Form.Item>
        <Form.Item name="amountMax">
          <AmountInput placeholder={t('placeholder.amountMax')} style={{ width: 110 }} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">{t('common:action.search')}</Button>
            <Button onClick={() => { form.resetFields(); apply({}); }}>{t('common:action.reset')}</Button>
          </Space>
        </Form.Item>
      </Form>
      <PaymentsTable filters={filters} />
    </Card>
  );
}
