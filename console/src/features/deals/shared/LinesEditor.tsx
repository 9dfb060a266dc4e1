import { Button, Form, Input, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { lineAmount, sumDecimals } from '../../../shared/money';
import { Money } from '../../../shared/Money';
import { AmountInput, amountRule } from './Pickers';

export interface LineValues {
  productName?: string;
  quantity?: string;
  unitPrice?: string;
  discount?: string;
}

const QUANTITY = /^\d{1,9}(\.\d{1,4})?$/;
const DISCOUNT = /^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/;

/** Each line's amount as the server will compute it, or undefined while a line is incomplete. */
export function linesTotal(lines: LineValues[] | undefined): string | undefined {
  const complete = (lines ?? []).filter((l) => l && QUANTITY.test(l.quantity ?? '') && /^\d+(\.\d{1,2})?$/.test(l.unitPrice ?? ''));
  if (complete.length === 0) return undefined;
  return sumDecimals(complete.map((l) => lineAmount(l.quantity!, l.unitPrice!, DISCOUNT.test(l.discount ?? '') ? l.discount : '0')));
}

/**
 * Product lines of an opportunity or a contract (Form.List `lines`): product, quantity, unit price, discount %, and
 * the subtotal the platform will compute (half-up to the cent). The deal's amount is their sum.
 */
export function LinesEditor({ currency }: { currency: string }) {
  const { t } = useTranslation('deals');
  const form = Form.useFormInstance();
  const lines = Form.useWatch('lines', form) as LineValues[] | undefined;
  return (
    <Form.List name="lines">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => {
            const line = lines?.[index];
            const subtotal = line && QUANTITY.test(line.quantity ?? '') && /^\d+(\.\d{1,2})?$/.test(line.unitPrice ?? '')
              ? lineAmount(line.quantity!, line.unitPrice!, DISCOUNT.test(line.discount ?? '') ? line.discount : '0')
              : undefined;
            return (
              <Space key={field.key} align="start" wrap data-testid="line">
                <Form.Item name={[field.name, 'productName']} label={index === 0 ? t('field.productName') : undefined} rules={[{ required: true, whitespace: true }, { max: 200 }]}>
                  <Input style={{ width: 200 }} aria-label={t('field.productName')} />
                </Form.Item>
                <Form.Item name={[field.name, 'quantity']} label={index === 0 ? t('field.quantity') : undefined} rules={[{ required: true }, { pattern: QUANTITY, message: t('validation.quantity') }]}>
                  <Input style={{ width: 90 }} inputMode="decimal" aria-label={t('field.quantity')} />
                </Form.Item>
                <Form.Item name={[field.name, 'unitPrice']} label={index === 0 ? t('field.unitPrice') : undefined} rules={[{ required: true }, amountRule(t('validation.amount'))]}>
                  <AmountInput style={{ width: 120 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'discount']} label={index === 0 ? t('field.discount') : undefined} rules={[{ pattern: DISCOUNT, message: t('validation.discount') }]}>
                  <Input style={{ width: 80 }} inputMode="decimal" aria-label={t('field.discount')} />
                </Form.Item>
                <Form.Item label={index === 0 ? t('field.lineAmount') : undefined}>
                  <div style={{ minWidth: 110, paddingTop: 5 }}>{subtotal ? <Money amount={subtotal} currency={currency} /> : '—'}</div>
                </Form.Item>
                <Form.Item label={index === 0 ? ' ' : undefined}>
                  <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common:action.cancel')} />
                </Form.Item>
              </Space>
            );
          })}
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Button icon={<PlusOutlined />} onClick={() => add({ quantity: '1', discount: '0' })}>{t('opportunity.addLine')}</Button>
            <Typography.Text>
              {t('opportunity.linesTotal')}: {linesTotal(lines) ? <Money amount={linesTotal(lines)} currency={currency} strong /> : '—'}
            </Typography.Text>
          </Space>
        </>
      )}
    </Form.List>
  );
}

/** The lines as the API takes them (decimal text, blank discount left out). */
export function linesOf(values?: LineValues[]) {
  return (values ?? []).map((l) => ({
    productName: (l.productName ?? '').trim(),
    quantity: l.quantity ?? '',
    unitPrice: l.unitPrice ?? '',
    discount: l.discount || undefined,
  }));
}

/** A deal's lines as form values. */
export function lineValues(lines: Array<{ productName: string; quantity: string; unitPrice: string; discount?: string | null }>): LineValues[] {
  return lines.map((l) => ({ productName: l.productName, quantity: l.quantity, unitPrice: l.unitPrice, discount: l.discount ?? '0' }));
}
