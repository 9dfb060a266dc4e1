import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatTime } from '../../shared/format';
import { personName, useSalespeople } from './hooks';
import type { HistoryEntry } from './types';

/** Every ownership change of the customer, newest first (read once by the detail page, which also dates the owner's start from it). */
export function HistoryPanel({ history, error }: { history?: HistoryEntry[]; error?: unknown }) {
  const { t } = useTranslation('customers');
  const people = useSalespeople();
  if (error) return <ErrorAlert error={error} />;
  if (history && history.length === 0) return <Empty description={t('history.empty')} />;
  const who = (id?: string | null) => personName(people, id, t) ?? t('pool');
  return (
    <Timeline
      items={(history ?? []).map((h) => ({
        key: h.id,
        color: h.change === 'RECYCLED' ? 'red' : 'blue',
        children: (
          <div data-testid="history-entry">
            <Typography.Text strong>{t(`change.${h.change}`)}</Typography.Text>{' '}
            <Typography.Text type="secondary">{formatTime(h.changedAt)}</Typography.Text>
            <div>
              {t('history.from')} {who(h.fromOwnerId)} {t('history.to')} {who(h.toOwnerId)}
              {h.changedBy && <> · {t('history.by')} {who(h.changedBy)}</>}
              {h.reason && <> · {h.reason}</>}
            </div>
          </div>
        ),
      }))}
    />
  );
}
