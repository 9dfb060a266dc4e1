import { useEffect, useState } from 'react';
import { Alert, Button, Col, Modal, Progress, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { campaignsApi } from './api';
import { campaignErrorMessage } from './errors';
import type { Campaign, SyncReport, SyncResult } from './types';

const OUTCOME_COLORS = { CREATED: 'green', LINKED: 'blue', FAILED: 'red' } as const;

/**
 * A progress bar for a call that reports none (the sync answers once, after all its batches): it creeps towards 95 %
 * so the user sees the work go on, and the elapsed seconds say how long it has taken.
 */
function useCreepingProgress(running: boolean) {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!running) return;
    setElapsed(0);
    const started = Date.now();
    const timer = setInterval(() => setElapsed((Date.now() - started) / 1000), 250);
    return () => clearInterval(timer);
  }, [running]);
  return { percent: Math.min(95, Math.round(95 * (1 - Math.exp(-elapsed / 8)))), seconds: Math.floor(elapsed) };
}

/**
 * 执行同步: sends the campaign's members not synced yet into the lead or customer pool, shows progress while it runs
 * and then the report (created, linked to existing, failed with reasons). An interrupted sync (503) shows how far it
 * got; running it again finishes it, exactly once.
 */
export function SyncModal({ campaign, open, onClose, onSynced }: {
  campaign: Campaign;
  open: boolean;
  onClose: () => void;
  onSynced: () => void;
}) {
  const { t } = useTranslation('campaigns');
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<SyncReport>();
  const [error, setError] = useState<unknown>();
  const progress = useCreepingProgress(running);

  useEffect(() => {
    if (open) {
      setReport(undefined);
      setError(undefined);
    }
  }, [open]);

  const start = async () => {
    setRunning(true);
    setReport(undefined);
    setError(undefined);
    try {
      setReport(await campaignsApi.sync(campaign.id));
      onSynced();
    } catch (e) {
      setError(e);
      if (isApiError(e) && e.problem.reason === 'SYNC_INTERRUPTED') onSynced();
    } finally {
      setRunning(false);
    }
  };

  const interrupted = isApiError(error) && error.problem.reason === 'SYNC_INTERRUPTED' ? error.problem : undefined;
  const results = [...(report?.results ?? [])].sort((a, b) => Number(b.outcome === 'FAILED') - Number(a.outcome === 'FAILED'));
  const recordPath = (id: string) => (campaign.targetObject === 'CUSTOMER' ? `/customers/${id}` : `/leads/${id}`);

  return (
    <Modal
      open={open}
      title={t('sync.title')}
      width={720}
      onCancel={running ? undefined : onClose}
      closable={!running}
      maskClosable={!running}
      footer={
        <Space>
          <Button disabled={running} onClick={onClose}>{t('common:action.back')}</Button>
          <Button type="primary" loading={running} onClick={() => void start()}>{report || error ? t('members.sync') : t('sync.start')}</Button>
        </Space>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="sync-panel">
        {!running && !report && !error && <Typography.Paragraph>{t('sync.confirm', { target: t(`target.${campaign.targetObject}`) })}</Typography.Paragraph>}
        {running && (
          <div data-testid="sync-progress">
            <Progress percent={progress.percent} status="active" />
            <Typography.Text type="secondary">{t('sync.running', { seconds: progress.seconds })}</Typography.Text>
          </div>
        )}
        {error && !interrupted ? <ErrorAlert error={error} /> : null}
        {interrupted && (
          <>
            <Alert type="warning" showIcon message={campaignErrorMessage(error, t)} />
            <Row gutter={16}>
              <Col span={6}><Statistic title={t('sync.synced')} value={Number(interrupted.synced ?? 0)} /></Col>
              <Col span={6}><Statistic title={t('sync.linked')} value={Number(interrupted.linked ?? 0)} /></Col>
              <Col span={6}><Statistic title={t('sync.failed')} value={Number(interrupted.failed ?? 0)} /></Col>
              <Col span={6}><Statistic title={t('sync.remaining')} value={Number(interrupted.remaining ?? 0)} /></Col>
            </Row>
          </>
        )}
        {report && (
          <div data-testid="sync-report">
            <Alert type={report.failed > 0 ? 'warning' : 'success'} showIcon message={t('sync.done')}
              description={report.synced + report.linked + report.failed === 0 ? t('sync.nothing') : undefined} style={{ marginBottom: 16 }} />
            <Row gutter={16}>
              <Col span={8}><Statistic title={t('sync.synced')} value={report.synced} valueStyle={{ color: '#3f8600' }} /></Col>
              <Col span={8}><Statistic title={t('sync.linked')} value={report.linked} valueStyle={{ color: '#1677ff' }} /></Col>
              <Col span={8}><Statistic title={t('sync.failed')} value={report.failed} valueStyle={{ color: '#cf1322' }} /></Col>
            </Row>
            {results.length > 0 && (
              <Table<SyncResult>
                style={{ marginTop: 16 }}
                rowKey="memberId"
                size="small"
                dataSource={results}
                pagination={{ pageSize: 10 }}
                columns={[
                  { title: t('sync.member'), dataIndex: 'memberId', render: (id: string) => id.slice(0, 8) },
                  { title: t('sync.outcome'), dataIndex: 'outcome', render: (o: SyncResult['outcome']) => <Tag color={OUTCOME_COLORS[o]}>{t(`sync.outcomes.${o}`)}</Tag> },
                  { title: t('sync.record'), dataIndex: 'recordId', render: (id?: string | null) => (id ? <Link to={recordPath(id)}>{id.slice(0, 8)}</Link> : '-') },
                  { title: t('sync.reason'), dataIndex: 'reason', render: (r?: string | null) => r ?? '-' },
                ]}
              />
            )}
            {report.truncated && <Typography.Text type="secondary">{t('sync.truncated')}</Typography.Text>}
          </div>
        )}
      </Space>
    </Modal>
  );
}
