import { useEffect, useRef, useState } from 'react';
import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { PageResponse } from '../../api/client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatTime } from '../../shared/format';
import { dealsApi } from './api';
import { formatDate, formatMoney } from './format';
import { personName, useSalespeople } from './hooks';
import type { Contract, Opportunity } from './types';

const PAGE = 10;

const OPP_COLORS: Record<Opportunity['status'], string> = { OPEN: 'processing', WON: 'success', LOST: 'default' };
const CONTRACT_COLORS: Record<Contract['status'], string> = {
  DRAFT: 'default', PENDING_APPROVAL: 'warning', ACTIVE: 'processing', COMPLETED: 'success', TERMINATED: 'error',
};

/** One page of a deal-service list, paged on the server. */
function usePage<T>(fetch: (page: number) => Promise<PageResponse<T>>, page: number) {
  const [data, setData] = useState<PageResponse<T>>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(false);
  // the latest call, without making a new closure each render refetch
  const fetchRef = useRef(fetch);
  fetchRef.current = fetch;
  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(undefined);
    fetchRef.current(page)
      .then((d) => current && setData(d))
      .catch((e: unknown) => current && setError(e))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [page]);
  return { data, error, loading };
}

/** The customer's opportunities (deal-service, filtered by customerId); each links to the opportunity's page. */
export function OpportunitiesPanel({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation('customers');
  const people = useSalespeople();
  const [page, setPage] = useState(0);
  const { data, error, loading } = usePage((p) => dealsApi.opportunities({ customerId }, p, PAGE), page);
  const columns: ColumnsType<Opportunity> = [
    { title: t('deals.opportunity'), dataIndex: 'name', render: (name: string, o) => <Link to={`/opportunities/${o.id}`}>{name}</Link> },
    { title: t('deals.amount'), dataIndex: 'amount', align: 'right', render: (_: unknown, o) => formatMoney(o.amount, o.currency, i18n.language) },
    { title: t('deals.stage'), dataIndex: 'stage' },
    { title: t('deals.probability'), dataIndex: 'probability', render: (p: number) => `${p}%` },
    { title: t('deals.status'), dataIndex: 'status', render: (s: Opportunity['status']) => <Tag color={OPP_COLORS[s]}>{t(`deals.oppStatus.${s}`)}</Tag> },
    { title: t('deals.expectedCloseDate'), dataIndex: 'expectedCloseDate', render: formatDate },
    { title: t('field.owner'), dataIndex: 'ownerId', render: (id?: string) => personName(people, id, t) ?? '-' },
    { title: t('field.createdAt'), dataIndex: 'createdAt', render: formatTime },
  ];
  return (
    <>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      <Table<Opportunity>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        locale={{ emptyText: t('deals.emptyOpportunities') }}
        pagination={pagination(data, page, setPage, t)}
        scroll={{ x: 900 }}
      />
    </>
  );
}

/** The customer's contracts (deal-service, filtered by customerId); each links to the contract's page. */
export function ContractsPanel({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation('customers');
  const people = useSalespeople();
  const [page, setPage] = useState(0);
  const { data, error, loading } = usePage((p) => dealsApi.contracts({ customerId }, p, PAGE), page);
  const columns: ColumnsType<Contract> = [
    { title: t('deals.number'), dataIndex: 'number', render: (n: string, c) => <Link to={`/contracts/${c.id}`}>{n}</Link> },
    { title: t('deals.title'), dataIndex: 'title' },
    { title: t('deals.amount'), dataIndex: 'amount', align: 'right', render: (_: unknown, c) => formatMoney(c.amount, c.currency, i18n.language) },
    { title: t('deals.status'), dataIndex: 'status', render: (s: Contract['status']) => <Tag color={CONTRACT_COLORS[s]}>{t(`deals.contractStatus.${s}`)}</Tag> },
    { title: t('deals.signedAt'), dataIndex: 'signedAt', render: formatDate },
    {
      title: t('deals.period'), key: 'period',
      render: (_: unknown, c) => (c.startDate || c.endDate ? `${formatDate(c.startDate)} ~ ${formatDate(c.endDate)}` : '-'),
    },
    { title: t('field.owner'), dataIndex: 'ownerId', render: (id?: string) => personName(people, id, t) ?? '-' },
  ];
  return (
    <>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      <Table<Contract>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        locale={{ emptyText: t('deals.emptyContracts') }}
        pagination={pagination(data, page, setPage, t)}
        scroll={{ x: 900 }}
      />
    </>
  );
}

function pagination<T>(data: PageResponse<T> | undefined, page: number, setPage: (p: number) => void, t: TFunction) {
  if (!data || data.totalElements <= PAGE) return false as const;
  return {
    current: page + 1,
    pageSize: PAGE,
    total: data.totalElements,
    showSizeChanger: false,
    onChange: (p: number) => setPage(p - 1),
    showTotal: (n: number) => <Typography.Text type="secondary">{t(data.totalExact ? 'common:table.total' : 'common:table.totalAtLeast', { total: n })}</Typography.Text>,
  };
}
