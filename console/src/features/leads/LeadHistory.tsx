import { useEffect, useState } from 'react';
import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatTime } from '../../shared/format';
import { leadsApi } from './api';
import { ownerName, useSalespeople } from './hooks';
import type { HistoryEntry } from './types';

/** Every ownership change of a lead, oldest first. `version` reloads it after an action. */
export function LeadHistory({ leadId, version }: { leadId: string; version: number }) {
  const { t } = useTranslation('leads');
  const people = useSalespeople();
  const [entries, setEntries] = useState<HistoryEntry[]>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    leadsApi.history(leadId).then(setEntries).catch(setError);
  }, [leadId, version]);
  if (error) return <ErrorAlert error={error} />;
  if (entries && entries.length === 0) return <Empty description={t('history.empty')} />;
  const who = (id?: string | null) => (id === 'system' ? 'system' : ownerName(people, id) ?? t('pool'));
  return (
    <Timeline
      items={(entries ?? []).map((h, i) => ({
        key: i,
        children: (
          <div data-testid="history-entry">
            <Typography.Text strong>{t(`historyAction.${h.action}`)}</Typography.Text>{' '}
            <Typography.Text type="secondary">{formatTime(h.occurredAt)}</Typography.Text>
            <div>
              {t('history.from')} {who(h.fromOwnerId)} {t('history.to')} {who(h.toOwnerId)}
              {h.actor && <> · {t('history.by')} {who(h.actor)}</>}
              {h.reason && <> · {h.reason}</>}
            </div>
          </div>
        ),
      }))}
    />
  );
}
