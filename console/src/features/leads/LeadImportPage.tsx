import { useState } from 'react';
import { Button, Card, Checkbox, Col, Progress, Row, Space, Statistic, Switch, Table, Tag, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { leadsApi } from './api';
import type { ImportReport, ImportRow } from './types';

const OUTCOME_COLORS = { CREATED: 'green', DUPLICATE: 'orange', INVALID: 'red' } as const;

function rowErrors(row: ImportRow): string {
  return (row.errors ?? []).map((e) => (typeof e === 'string' ? e : `${e.field}: ${e.message ?? e.code ?? ''}`)).join('; ');
}

/** CSV import: choose a file, watch the upload and the server's processing, then read the per-row report. */
export function LeadImportPage() {
  const { t } = useTranslation('leads');
  const [file, setFile] = useState<File>();
  const [allowDuplicate, setAllowDuplicate] = useState(false);
  const [percent, setPercent] = useState<number>();
  const [report, setReport] = useState<ImportReport>();
  const [error, setError] = useState<unknown>();
  const [onlyProblems, setOnlyProblems] = useState(true);
  const running = percent !== undefined;

  const start = async () => {
    if (!file) return;
    setError(undefined);
    setReport(undefined);
    setPercent(0);
    try {
      setReport(await leadsApi.import(file, allowDuplicate, setPercent));
    } catch (e) {
      setError(e);
    } finally {
      setPercent(undefined);
    }
  };

  const header = isApiError(error) ? error.problem : undefined;
  const rows = (report?.rows ?? []).filter((r) => !onlyProblems || r.outcome !== 'CREATED');

  return (
    <Card title={t('import.title')}>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('import.hint')}</Typography.Paragraph>
        <Upload.Dragger
          accept=".csv,text/csv"
          maxCount={1}
          disabled={running}
          beforeUpload={(f) => {
            setFile(f);
            return false;
          }}
          onRemove={() => setFile(undefined)}
          fileList={file ? [{ uid: 'csv', name: file.name, status: 'done' } as UploadFile] : []}
        >
          <p className="ant-upload-drag-icon"><InboxOutlined /></p>
          <p>{t('import.choose')}</p>
        </Upload.Dragger>
        <Space>
          <Checkbox checked={allowDuplicate} onChange={(e) => setAllowDuplicate(e.target.checked)}>{t('import.allowDuplicate')}</Checkbox>
          <Button type="primary" disabled={!file} loading={running} onClick={() => void start()}>{t('import.start')}</Button>
        </Space>
        {running && (
          <div data-testid="import-progress">
            <Progress percent={percent} status="active" />
            <Typography.Text type="secondary">{percent! < 100 ? t('import.uploading') : t('import.processing')}</Typography.Text>
          </div>
        )}
        <ErrorAlert error={error} />
        {header && (header.unknownColumns || header.missingColumns) ? (
          <Typography.Paragraph>
            {Array.isArray(header.unknownColumns) && header.unknownColumns.length > 0 && <div>unknown: {(header.unknownColumns as string[]).join(', ')}</div>}
            {Array.isArray(header.missingColumns) && header.missingColumns.length > 0 && <div>missing: {(header.missingColumns as string[]).join(', ')}</div>}
          </Typography.Paragraph>
        ) : null}
        {report && (
          <>
            <Typography.Title level={5}>{t('import.done')}</Typography.Title>
            <Row gutter={16}>
              <Col span={6}><Statistic title={t('import.total')} value={report.total} /></Col>
              <Col span={6}><Statistic title={t('import.created')} value={report.created} valueStyle={{ color: '#3f8600' }} /></Col>
              <Col span={6}><Statistic title={t('import.duplicates')} value={report.duplicates} valueStyle={{ color: '#d48806' }} /></Col>
              <Col span={6}><Statistic title={t('import.invalid')} value={report.invalid} valueStyle={{ color: '#cf1322' }} /></Col>
            </Row>
            <Space>
              <Switch checked={onlyProblems} onChange={setOnlyProblems} />
              {t('import.onlyProblems')}
            </Space>
            <Table<ImportRow>
              rowKey="row"
              size="small"
              dataSource={rows}
              pagination={{ pageSize: 20, showSizeChanger: true }}
              columns={[
                { title: t('import.row'), dataIndex: 'row', width: 80 },
                { title: t('import.outcome'), dataIndex: 'outcome', width: 100, render: (o: ImportRow['outcome']) => <Tag color={OUTCOME_COLORS[o]}>{t(`import.outcomes.${o}`)}</Tag> },
                { title: t('import.lead'), dataIndex: 'leadId', render: (id?: string) => (id ? <Link to={`/leads/${id}`}>{id.slice(0, 8)}</Link> : '-') },
                { title: t('import.existing'), dataIndex: 'existingId', render: (id?: string) => (id ? <Link to={`/leads/${id}`}>{id.slice(0, 8)}</Link> : '-') },
                { title: t('import.errors'), render: (_: unknown, row) => rowErrors(row) || '-' },
              ]}
            />
          </>
        )}
      </Space>
    </Card>
  );
}
