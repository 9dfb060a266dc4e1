import { useEffect, useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/problem';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { dealsApi } from '../api';
import { AMOUNT_PATTERN, compareDecimals, subtractDecimals, sumDecimals } from '../../../shared/money';
import { Money } from '../../../shared/Money';
import { AmountInput, amountRule } from '../shared/Pickers';
import type { PaymentPlan } from '../types';

interface Row {
  id?: string;
  dueDate?: Dayjs;
  amount?: string;
  note?: string;
}

/**
 * Edits a contract's payment plan as a whole: installments (due date, amount, note) added, changed or removed, the
 * planned total checked against the contract amount as the user types (exactly, in cents). Installments keep their
 * ids, so payments already settling them stay with them; the server refuses to cut below what payments hold.
 */
export function PlanEditor({ open, plan, onClose, onSaved }: {
  open: boolean;
  plan: PaymentPlan;
  onClose: () => void;
  onSaved: (plan: PaymentPlan) => void;
}) {
  const { t } = useTranslation('deals');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ installments: Row[] }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const rows = (Form.useWatch('installments', form) ?? []) as Row[];
  const planned = sumDecimals(rows.map((r) => (r?.amount && AMOUNT_PATTERN.test(r.amount) ? r.amount : undefined)));
  const over = compareDecimals(planned, plan.contractAmount) > 0;

  useEffect(() => {
    if (!open) return;
    setError(undefined);
    form.setFieldsValue({
      installments: plan.installments.map((i) => ({ id: i.id, dueDate: dayjs(i.dueDate), amount: i.amount, note: i.note ?? undefined })),
    });
  }, [open, plan, form]);

  const save = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return; // invalid fields show their messages; nothing is sent
    const { installments } = values;
    setSaving(true);
    setError(undefined);
    try {
      const saved = await dealsApi.savePlan(plan.contractId, {
        version: plan.version,
        installments: (installments ?? []).map((r) => ({
          id: r.id,
          dueDate: r.dueDate!.format('YYYY-MM-DD'),
          amount: r.amount!,
          note: r.note?.trim() || undefined,
        })),
      });
      message.success(t('plan.saved'));
      onSaved(saved);
    } catch (e) {
      // installments[1].amount → ['installments', 1, 'amount']: the message lands on that row's field
      const fieldErrors = isApiError(e) ? e.fieldErrors : [];
      const onRows = fieldErrors
        .map((fe) => ({ fe, m: /^installments\[(\d+)]\.(dueDate|amount|note)$/.exec(fe.field) }))
        .filter((x): x is { fe: (typeof fieldErrors)[number]; m: RegExpExecArray } => !!x.m);
      form.setFields(onRows.map(({ fe, m }) => ({ name: ['installments', Number(m[1]), m[2] as keyof Row], errors: [fe.message ?? t('validation.amount')] })));
      const allOnRows = isApiError(e) && e.status === 400 && onRows.length > 0 && onRows.length === fieldErrors.length;
      setError(allOnRows ? undefined : e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title={t('plan.edit')} onCancel={onClose} onOk={() => void save()} okText={t('common:action.save')} confirmLoading={saving} width={760} forceRender>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      <Form form={form} name="payment-plan" layout="vertical">
        <Form.List name="installments">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap data-testid="installment-row">
                  <Typography.Text style={{ display: 'inline-block', width: 64, paddingTop: index === 0 ? 34 : 5 }}>{t('plan.installment', { n: index + 1 })}</Typography.Text>
                  <Form.Item name={[field.name, 'id']} hidden><Input /></Form.Item>
                  <Form.Item name={[field.name, 'dueDate']} label={index === 0 ? t('plan.dueDate') : undefined} rules={[{ required: true }]}>
                    <DatePicker aria-label={t('plan.dueDate')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'amount']} label={index === 0 ? t('plan.amount') : undefined} rules={[{ required: true }, amountRule(t('validation.positiveAmount'), true)]}>
                    <AmountInput style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'note']} label={index === 0 ? t('plan.note') : undefined} rules={[{ max: 200 }]}>
                    <Input style={{ width: 200 }} aria-label={t('plan.note')} />
                  </Form.Item>
                  <Form.Item label={index === 0 ? ' ' : undefined}>
                    <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('plan.remove')} />
                  </Form.Item>
                </Space>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => {
                  const rest = subtractDecimals(plan.contractAmount, planned);
                  add({ dueDate: dayjs().add(1, 'month'), amount: compareDecimals(rest, '0') > 0 ? rest : undefined });
                }}
              >
                {t('plan.add')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
      <Space style={{ marginTop: 16 }} size="large">
        <span>{t('plan.contractAmount')}: <Money amount={plan.contractAmount} currency={plan.currency} strong /></span>
        <span>{t('plan.planned')}: <Money amount={planned} currency={plan.currency} strong type={over ? 'danger' : undefined} /></span>
        {!over && <span>{t('plan.unplanned')}: <Money amount={subtractDecimals(plan.contractAmount, planned)} currency={plan.currency} /></span>}
      </Space>
      {over && <Alert type="error" showIcon style={{ marginTop: 12 }} message={t('plan.overPlanned', { amount: subtractDecimals(planned, plan.contractAmount) })} />}
    </Modal>
  );
}
