import { useEffect, useState } from 'react';
import { Alert, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { ADMIN } from '../../auth/roles';
import { customersApi } from './api';
import { ownedSince, probeRecycleWindow, recycleDue } from './recycling';
import type { Customer, HistoryEntry, RecyclingRules } from './types';

let rulesCache: Promise<RecyclingRules | null> | undefined;
/** The admin's rules, read once per page load (they change seldom; the rules page refreshes this). */
function adminRules(): Promise<RecyclingRules | null> {
  rulesCache ??= customersApi.recyclingRules().catch(() => {
    rulesCache = undefined;
    return null;
  });
  return rulesCache;
}
export function forgetRecyclingRules(rules?: RecyclingRules): void {
  rulesCache = rules ? Promise.resolve(rules) : undefined;
}

/**
 * When the customer falls back to the pool. The admin reads the rules and sees the exact date and days left; the
 * owner (who may not read the rules) is told by the server which window the customer is due in. Nothing for a pool
 * or deleted customer, or for other roles.
 */
export function RecyclingNotice({ customer, history }: { customer: Customer; history?: HistoryEntry[] }) {
  const { user } = useAuth();
  const admin = user.roles.includes(ADMIN);
  const owner = !!customer.ownerId && customer.ownerId === user.id;
  if (!customer.ownerId || customer.deletedAt) return null;
  if (admin) return history ? <ExactNotice customer={customer} history={history} /> : null;
  if (owner) return <ProbedNotice customer={customer} />;
  return null;
}

function ExactNotice({ customer, history }: { customer: Customer; history: HistoryEntry[] }) {
  const { t } = useTranslation('customers');
  const [rules, setRules] = useState<RecyclingRules | null>();
  useEffect(() => {
    let current = true;
    void adminRules().then((r) => current && setRules(r));
    return () => {
      current = false;
    };
  }, []);
  if (!rules) return null;
  const link = <Link to="/customers/recycling-rules">{t('recycle.rulesLink')}</Link>;
  if (!rules.enabled) return <Alert type="info" showIcon message={t('recycle.off')} action={link} data-testid="recycle-notice" />;
  const due = recycleDue(customer, rules, ownedSince(customer, history));
  if (!due) return <Alert type="success" showIcon message={t('recycle.exemptDeal')} action={link} data-testid="recycle-notice" />;
  const date = due.dueAt.format('YYYY-MM-DD HH:mm');
  const ruleDays = due.rule === 'NO_DEAL' ? rules.noDealDays : rules.noFollowUpDays;
  return (
    <Alert
      data-testid="recycle-notice"
      type={due.daysLeft <= 0 ? 'error' : due.warned ? 'warning' : 'info'}
      showIcon
      icon={<ClockCircleOutlined />}
      message={
        <Typography.Text strong style={{ fontSize: 16 }}>
          {due.daysLeft <= 0 ? t('recycle.overdue', { date }) : t('recycle.due', { date, days: due.daysLeft })}
        </Typography.Text>
      }
      description={<><span>{t(`recycle.rule_${due.rule}`, { days: ruleDays })}</span> <span>{t('recycle.estimated')}</span></>}
      action={link}
    />
  );
}

function ProbedNotice({ customer }: { customer: Customer }) {
  const { t } = useTranslation('customers');
  const [window, setWindow] = useState<number | null>();
  useEffect(() => {
    let current = true;
    probeRecycleWindow(customer, customersApi.list)
      .then((w) => current && setWindow(w))
      .catch(() => current && setWindow(null));
    return () => {
      current = false;
    };
  }, [customer]);
  if (window === undefined || window === null) return null;
  return (
    <Alert
      data-testid="recycle-notice"
      type={window === 0 ? 'error' : window <= 7 ? 'warning' : 'info'}
      showIcon
      icon={<ClockCircleOutlined />}
      message={<Typography.Text strong style={{ fontSize: 16 }}>{window === 0 ? t('recycle.dueNow') : t('recycle.within', { days: window })}</Typography.Text>}
      description={t('recycle.withinHint')}
    />
  );
}
