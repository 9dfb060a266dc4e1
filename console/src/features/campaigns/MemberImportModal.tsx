import { useState } from 'react';
import { Button, Col, Modal, Progress, Row, Space, Statistic, Switch, Table, Tag, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { fieldLabel } from './AnswerInput';
import { campaignsApi } from './api';
import { saveBlob } from '../../shared/download';
import type { CaptureReport } from './types';

type Item = CaptureReport['items'][number];
const OUTCOME_COLORS = { CREATED: 'green', MERGED: 'blue', INVALID: 'red' } as const;

/**
 * CSV import of members: choose a file, watch the upload and then the server's processing, read the per-row
 * report (new, merged, invalid with each refused field). The header template follows the campaign's form.
 */
export function MemberImportModal({ campaignId, open, onClose, onImported }: {
  campaignId: string;
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}) {
  const { t } = useTranslation('campaigns');
  const [file, setFile] = useState<File>();
  const [percent, setPercent] = useState<number>();
  const [report, setReport] = useState<CaptureReport>();
  const [error, setError] = useState<unknown>();
  const [onlyProblems, setOnlyProblems] = useState(true);
  const running = percent !== undefined;

  const start = async () => {
    if (!file) return;
    setError(undefined);
    setReport(undefined);
    setPercent(0);
    try {
      const result = await campaignsApi.importMembers(campaignId, file, setPercent);
      setReport(result);
      if (result.created + result.merged > 0) onImported();
    } catch (e) {
      setError(e);
    } finally {
      setPercent(undefined);
    }
  };

  const template = async () => {
    const form = await campaignsApi.form(campaignId);
    const header = form.fields.map((f) => `"${fieldLabel(t, f).replace(/"/g, '""')}"`).join(',');
    // a byte order mark so that Excel reads the Chinese header as UTF-8
    saveBlob(new Blob(['\uFEFF', `${header}\r\n`], { type: 'text/csv;charset=utf-8' }), 'members-template.csv');
  };

  const problem = isApiError(error) ? error.problem : undefined;
  const columns = (name: string) => (Array.isArray(problem?.[name]) ? (problem[name] as string[]).join(', ') : undefined);
  const items = (report?.items ?? []).filter((r) => !onlyProblems || r.outcome === 'INVALID');
  const rowErrors = (item: Item) =>
    (item.errors ?? [])
      .map((e) => `${e.field.replace(/^answers\./, '')}: ${(e.code && t(`answerError.${e.code}`, { defaultValue: '' })) || e.message || e.code}`)
      .join('; ');

  return (
    <Modal open={open} title={t('import.title')} onCancel={running ? undefined : onClose} footer={null} width={760} closable={!running} maskClosable={!running}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{t('import.hint')}</Typography.Paragraph>
        <Button size="small" icon={<DownloadOutlined />} onClick={() => void template()}>{t('import.template')}</Button>
        <Upload.Dragger
          accept=".csv,text/csv"
          maxCount={1}
          disabled={running}
          beforeUpload={(f) => {
            setFile(f);
            setReport(undefined);
            setError(undefined);
            return false;
          }}
          onRemove={() => setFile(undefined)}
          fileList={file ? [{ uid: 'csv', name: file.name, status: 'done' } as UploadFile] : []}
        >
          <p className="ant-upload-drag-icon"><InboxOutlined /></p>
          <p>{t('import.choose')}</p>
        </Upload.Dragger>
        <Button type="primary" disabled={!file} loading={running} onClick={() => void start()}>{t('import.start')}</Button>
        {running && (
          <div data-testid="import-progress">
            <Progress percent={percent} status="active" />
            <Typography.Text type="secondary">{percent! < 100 ? t('import.uploading') : t('import.processing')}</Typography.Text>
          </div>
        )}
        <ErrorAlert error={error} />
        {columns('unknownColumns') && <Typography.Text type="danger">{t('import.unknownColumns', { columns: columns('unknownColumns') })}</Typography.Text>}
        {columns('knownColumns') && <Typography.Text type="secondary">{t('import.knownColumns', { columns: columns('knownColumns') })}</Typography.Text>}
        {report && (
          <>
            <Typography.Title level={5} style={{ margin: 0 }}>{t('import.done')}</Typography.Title>
            <Row gutter={16}>
              <Col span={6}><Statistic title={t('import.total')} value={report.total} /></Col>
              <Col span={6}><Statistic title={t('import.created')} value={report.created} valueStyle={{ color: '#3f8600' }} /></Col>
              <Col span={6}><Statistic title={t('import.merged')} value={report.merged} valueStyle={{ color: '#1677ff' }} /></Col>
              <Col span={6}><Statistic title={t('import.invalid')} value={report.invalid} valueStyle={{ color: '#cf1322' }} /></Col>
            </Row>
            <Space>
              <Switch checked={onlyProblems} onChange={setOnlyProblems} aria-label={t('import.onlyProblems')} />
              {t('import.onlyProblems')}
            </Space>
            <Table<Item>
              rowKey="index"
              size="small"
              dataSource={items}
              pagination={{ pageSize: 10 }}
              columns={[
                { title: t('import.row'), dataIndex: 'index', width: 80 },
                { title: t('import.outcome'), dataIndex: 'outcome', width: 100, render: (o: Item['outcome']) => <Tag color={OUTCOME_COLORS[o]}>{t(`import.outcomes.${o}`)}</Tag> },
                { title: t('import.errors'), render: (_: unknown, item) => rowErrors(item) || '-' },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
