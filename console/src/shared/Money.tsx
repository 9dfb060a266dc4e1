import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney, type Decimal } from './money';

/** An exact amount with its currency, formatted for the user's language. */
export function Money({ amount, currency, strong, type }: {
  amount?: Decimal | null;
  currency: string;
  strong?: boolean;
  type?: 'secondary' | 'danger' | 'success' | 'warning';
}) {
  const { i18n } = useTranslation();
  return (
    <Typography.Text strong={strong} type={type} style={{ whiteSpace: 'nowrap' }}>
      {formatMoney(amount, currency, i18n.language)}
    </Typography.Text>
  );
}

/** Totals of several currencies, one per line: amounts of different currencies are never added up. */
export function MoneyList({ totals, field = 'amount' }: { totals: Array<{ currency: string } & Record<string, unknown>>; field?: string }) {
  if (totals.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <>
      {totals.map((total) => (
        <div key={total.currency}>
          <Money amount={total[field] as Decimal} currency={total.currency} />
        </div>
      ))}
    </>
  );
}
