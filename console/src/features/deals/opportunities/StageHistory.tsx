import { useEffect, useState } from 'react';
import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { formatTime } from '../../../shared/format';
import { dealsApi } from '../api';
import { personName, usePipelineSettings, useSalespeople } from '../hooks';
import type { StageChange } from '../types';

/** Every stage move of an opportunity, oldest first; `version` reloads it after a move. */
export function StageHistory({ opportunityId, version }: { opportunityId: string; version: number }) {
  const { t } = useTranslation('deals');
  const people = useSalespeople();
  const { settings } = usePipelineSettings();
  const [entries, setEntries] = useState<StageChange[]>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    dealsApi.stageHistory(opportunityId).then(setEntries).catch(setError);
  }, [opportunityId, version]);
  if (error) return <ErrorAlert error={error} />;
  if (entries && entries.length === 0) return <Empty description={t('history.empty')} />;
  const stage = (code?: string | null) => settings?.stages.find((s) => s.code === code)?.name ?? code ?? '';
  const reason = (code?: string | null) => settings?.lossReasons.find((r) => r.code === code)?.label ?? code;
  return (
    <Timeline
      items={(entries ?? []).map((h, i) => ({
        key: i,
        color: h.toStage === 'WON' ? 'green' : h.toStage === 'LOST' ? 'gray' : 'blue',
        children: (
          <div data-testid="stage-change">
            <Typography.Text strong>
              {h.fromStage ? t('history.moved', { from: stage(h.fromStage), to: stage(h.toStage) }) : t('history.created', { stage: stage(h.toStage) })}
            </Typography.Text>{' '}
            <Typography.Text type="secondary">{formatTime(h.changedAt)} · {t('history.by')} {personName(people, h.changedBy)}</Typography.Text>
            {h.lossReason && <div>{t('field.lossReason')}: {reason(h.lossReason)}</div>}
          </div>
        ),
      }))}
    />
  );
}
