import { useEffect, useMemo, useState } from 'react';
import { App, Button, Card, DatePicker, Form, Segmented, Select, Space, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DownloadOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../../../api/errors';
import type { Query } from '../../../api/client';
import { useAuth } from '../../../auth/AuthProvider';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { usePagedTable } from '../../../shared/usePagedTable';
import { dealsApi, downloadCsv } from '../api';
import { personName, useCustomerNames, useSalespeople } from '../hooks';
import { Money } from '../../../shared/Money';
import { CurrencySelect, OwnerSelect } from '../shared/Pickers';
import { ReceivableStatusTag } from '../shared/StatusTags';
import { RECEIVABLE_STATUSES, type Receivable, type ReceivableFilters, type Summary, type SummaryGroup, type SummaryRow } from '../types';
import { AgingReport } from './AgingReport';

type Tab = 'list' | 'summary' | 'aging';
const TABS: Tab[] = ['list', 'summary', 'aging'];

/** Receivables (应收) for finance and admins: per contract, summed by customer / owner / month, and the aging. */
export function ReceivablesPage() {
  const { t } = useTranslation('deals');
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'list';
  return (
    <Card title={t('receivable.title')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'list', label: t('receivable.list'), children: <ReceivableList /> },
          { key: 'summary', label: t('receivable.summary'), children: <ReceivableSummary /> },
          { key: 'aging', label: t('receivable.aging'), children: <AgingReport /> },
        ]}
      />
    </Card>
  );
}

/** A CSV export button with its progress and its error. */
function ExportButton({ path, query, fileName }: { path: string; query: Query; fileName: string }) {
  const { t } = useTranslation('deals');
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => {
        setBusy(true);
        downloadCsv(path, query, fileName)
          .catch((e: unknown) => message.error(errorMessage(e, t)))
          .finally(() => setBusy(false));
      }}
    >
      {busy ? t('receivable.exporting') : t('receivable.exportCsv')}
    </Button>
  );
}

function ReceivableList() {
  const { t } = useTranslation('deals');
  const { user } = useAuth();
  const people = useSalespeople();
  const [form] = Form.useForm<ReceivableFilters>();
  const { tableProps, setFilters, reload, error, data, request } = usePagedTable<Receivable, ReceivableFilters>(dealsApi.receivables, {}, { sort: 'overdue,desc' });
  const customers = useCustomerNames((data?.items ?? []).map((r) => r.customerId));
  const money = (key: keyof Receivable, sorter = false, danger = false) => ({
    title: t(`plan.${key === 'amount' ? 'contractAmount' : key}`),
    dataIndex: key,
    align: 'right' as const,
    sorter,
    render: (v: string, r: Receivable) => <Money amount={v} currency={r.currency} type={danger && v !== '0.00' ? 'danger' : undefined} />,
  });
  const columns: ColumnsType<Receivable> = useMemo(
    () => [
      { title: t('field.number'), dataIndex: 'number', sorter: true, render: (_: unknown, r) => <Link to={`/contracts/${r.contractId}`}>{r.contractNumber}</Link> },
      { title: t('field.title'), dataIndex: 'title' },
      { title: t('field.customer'), dataIndex: 'customerId', render: (id: string) => customers[id] ?? id.slice(0, 8) },
      { title: t('field.owner'), dataIndex: 'ownerId', render: (id?: string) => personName(people, id, user) },
      money('amount', true),
      money('planned'),
      money('collected', true),
      money('recordedUnconfirmed'),
      money('outstanding', true),
      { ...money('overdue', true, true), defaultSortOrder: 'descend' as const },
      { title: t('field.status'), dataIndex: 'status', render: (s: Receivable['status']) => <ReceivableStatusTag status={s} /> },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, customers, people, user],
  );
  return (
    <>
      <Form form={form} layout="inline" onFinish={(v) => setFilters({ status: v.status, currency: v.currency, ownerId: v.ownerId })} style={{ marginBottom: 16, rowGap: 8 }} name="receivable-filters">
        <Form.Item name="status">
          <Select allowClear placeholder={t('field.status')} style={{ width: 120 }} options={RECEIVABLE_STATUSES.map((s) => ({ value: s, label: t(`receivableStatus.${s}`) }))} />
        </Form.Item>
        <Form.Item name="currency">
          <CurrencySelect allowClear placeholder={t('field.currency')} />
        </Form.Item>
        <Form.Item name="ownerId">
          <OwnerSelect style={{ width: 140 }} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">{t('common:action.search')}</Button>
            <Button onClick={() => { form.resetFields(); setFilters({}); }}>{t('common:action.reset')}</Button>
            <ExportButton path="/receivables" query={{ ...(request.filters as Query), sort: request.sort }} fileName="receivables.csv" />
          </Space>
        </Form.Item>
      </Form>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} action={<Button size="small" onClick={reload}>{t('common:action.retry')}</Button>} />
      <Table<Receivable> rowKey="contractId" size="middle" columns={columns} {...tableProps} locale={{ emptyText: t('receivable.empty') }} scroll={{ x: 1300 }} />
    </>
  );
}

function ReceivableSummary() {
  const { t } = useTranslation('deals');
  const { user } = useAuth();
  const people = useSalespeople();
  const [groupBy, setGroupBy] = useState<SummaryGroup>('customer');
  const [currency, setCurrency] = useState<string>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [summary, setSummary] = useState<Summary>();
  const [error, setError] = useState<unknown>();
  const query = useMemo(
    () => ({
      groupBy,
      currency,
      from: groupBy === 'month' ? range?.[0]?.format('YYYY-MM') : undefined,
      to: groupBy === 'month' ? range?.[1]?.format('YYYY-MM') : undefined,
    }),
    [groupBy, currency, range],
  );
  useEffect(() => {
    setError(undefined);
    setSummary(undefined);
    dealsApi.summary(query).then(setSummary).catch(setError);
  }, [query]);
  const customers = useCustomerNames(groupBy === 'customer' ? (summary?.rows ?? []).map((r) => r.key) : []);
  const keyLabel = (key: string) =>
    groupBy === 'customer' ? customers[key] ?? key.slice(0, 8) : groupBy === 'owner' ? personName(people, key, user) : key;
  const money = (key: keyof SummaryRow, danger = false) => ({
    title: t(`plan.${key === 'amount' ? 'contractAmount' : key}`),
    dataIndex: key,
    align: 'right' as const,
    render: (v: string, r: SummaryRow) => <Money amount={v} currency={r.currency} type={danger && v !== '0.00' ? 'danger' : undefined} />,
  });
  const columns: ColumnsType<SummaryRow> =
    groupBy === 'month'
      ? [
          { title: t('field.month'), dataIndex: 'key' },
          { title: t('field.currency'), dataIndex: 'currency' },
          { title: t('receivable.payments'), dataIndex: 'payments', align: 'right' },
          money('collected'),
        ]
      : [
          { title: t(groupBy === 'customer' ? 'field.customer' : 'field.owner'), dataIndex: 'key', render: keyLabel },
          { title: t('field.currency'), dataIndex: 'currency' },
          { title: t('receivable.contracts'), dataIndex: 'contracts', align: 'right' },
          money('amount'),
          money('planned'),
          money('collected'),
          money('recordedUnconfirmed'),
          money('outstanding'),
          money('overdue', true),
        ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>{t('receivable.groupBy')}</Typography.Text>
        <Segmented<SummaryGroup>
          value={groupBy}
          onChange={setGroupBy}
          options={[
            { value: 'customer', label: t('receivable.byCustomer') },
            { value: 'owner', label: t('receivable.byOwner') },
            { value: 'month', label: t('receivable.byMonth') },
          ]}
        />
        <CurrencySelect value={currency} onChange={setCurrency} allowClear placeholder={t('field.currency')} />
        {groupBy === 'month' && <DatePicker.RangePicker picker="month" value={range} onChange={(v) => setRange(v)} placeholder={[t('receivable.from'), t('receivable.to')]} />}
        <ExportButton path="/receivables/summary" query={query} fileName={`receivables-by-${groupBy}.csv`} />
        {summary && <Typography.Text type="secondary">{t('receivable.asOf', { date: summary.asOf })}</Typography.Text>}
      </Space>
      <ErrorAlert error={error} />
      <Table<SummaryRow>
        size="middle"
        rowKey={(r) => `${r.key}:${r.currency}`}
        loading={!summary && !error}
        dataSource={summary?.rows ?? []}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('receivable.empty') }}
        scroll={{ x: 1000 }}
      />
    </Space>
  );
}
