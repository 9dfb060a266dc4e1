import { useEffect, useState } from 'react';
import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../auth/AuthProvider';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { formatTime } from '../../../shared/format';
import { dealsApi } from '../api';
import { personName, useSalespeople } from '../hooks';
import { Money } from '../../../shared/Money';
import type { ApprovalStep } from '../types';

const COLORS = { SUBMITTED: 'blue', APPROVED: 'green', REJECTED: 'red' } as const;

/** A contract's approval trail, oldest first: who submitted, approved or rejected which amount, and why. */
export function ApprovalTrail({ contractId, version }: { contractId: string; version: number }) {
  const { t } = useTranslation('deals');
  const { user } = useAuth();
  const people = useSalespeople();
  const [steps, setSteps] = useState<ApprovalStep[]>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    dealsApi.approvals(contractId).then(setSteps).catch(setError);
  }, [contractId, version]);
  if (error) return <ErrorAlert error={error} />;
  if (steps && steps.length === 0) return <Empty description={t('history.empty')} />;
  return (
    <Timeline
      items={(steps ?? []).map((s, i) => ({
        key: i,
        color: COLORS[s.action],
        children: (
          <div data-testid="approval-step">
            <Typography.Text strong>{t(`approvalAction.${s.action}`)}</Typography.Text>{' '}
            <Money amount={s.amount} currency={s.currency} />{' '}
            <Typography.Text type="secondary">{formatTime(s.actedAt)} · {t('history.by')} {personName(people, s.actedBy, user)}</Typography.Text>
            {s.comment && <div style={{ whiteSpace: 'pre-wrap' }}>{s.comment}</div>}
          </div>
        ),
      }))}
    />
  );
}
