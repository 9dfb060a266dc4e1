import { Alert, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { ADMIN, hasAnyRole } from '../../auth/roles';
import type { Customer } from './types';

/** Days the notice turns from information into a warning. */
const SOON_DAYS = 7;

/**
 * When the customer falls back to the pool: customer-service computes `recycleDueAt` from the tenant's rules (the
 * same SQL its recycling job runs), so the owner and the admin see the same date. Nothing when the rules will never
 * take it (a pool or deleted customer, an exempt deal, recycling off). The admin also gets the way to the rules.
 */
export function RecyclingNotice({ customer }: { customer: Customer }) {
  const { t } = useTranslation('customers');
  const { user } = useAuth();
  if (!customer.recycleDueAt || !customer.ownerId || customer.deletedAt) return null;
  const dueAt = dayjs(customer.recycleDueAt);
  const daysLeft = Math.ceil(dueAt.diff(dayjs(), 'hour', true) / 24);
  const date = dueAt.format('YYYY-MM-DD HH:mm');
  return (
    <Alert
      data-testid="recycle-notice"
      type={daysLeft <= 0 ? 'error' : daysLeft <= SOON_DAYS ? 'warning' : 'info'}
      showIcon
      icon={<ClockCircleOutlined />}
      message={
        <Typography.Text strong style={{ fontSize: 16 }}>
          {daysLeft <= 0 ? t('recycle.overdue', { date }) : t('recycle.due', { date, days: daysLeft })}
        </Typography.Text>
      }
      description={t('recycle.withinHint')}
      action={hasAnyRole(user, [ADMIN]) ? <Link to="/customers/recycling-rules">{t('recycle.rulesLink')}</Link> : undefined}
    />
  );
}
