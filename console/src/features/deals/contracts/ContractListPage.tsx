import { useMemo, useState } from 'react';
import { Button, Card, DatePicker, Form, Input, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { useAuth } from '../../../auth/AuthProvider';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { formatTime } from '../../../shared/format';
import { usePagedTable } from '../../../shared/usePagedTable';
import { dealsApi } from '../api';
import { personName, useCustomerNames, useSalespeople } from '../hooks';
import { isAdmin, isFinance, isSales } from '../permissions';
import { Money } from '../../../shared/Money';
import { AmountInput, CurrencySelect, OwnerSelect } from '../shared/Pickers';
import { ContractStatusTag } from '../shared/StatusTags';
import { CONTRACT_STATUSES, type Contract, type ContractFilters, type ContractStatus } from '../types';
import { ContractForm } from './ContractForm';

interface FilterValues {
  keyword?: string;
  status?: ContractStatus;
  ownerId?: string;
  currency?: string;
  amountMin?: string;
  amountMax?: string;
  signed?: [Dayjs | null, Dayjs | null] | null;
}

/** Contracts (合同): filters, keyword, paging and sorting on the server; sales and admins create them. */
export function ContractListPage() {
  const { t } = useTranslation('deals');
  const { user } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const people = useSalespeople();
  const admin = isAdmin(user);
  const seesAll = admin || isFinance(user);
  const canCreate = admin || isSales(user);
  const [form] = Form.useForm<FilterValues>();
  const [creating, setCreating] = useState(false);
  const initialStatus = (CONTRACT_STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as ContractStatus) : undefined;
  const { tableProps, setFilters, reload, error, data } = usePagedTable<Contract, ContractFilters>(
    dealsApi.contracts,
    { status: initialStatus, opportunityId: params.get('opportunityId') ?? undefined },
    { sort: 'createdAt,desc' },
  );
  const customers = useCustomerNames((data?.items ?? []).map((c) => c.customerId));

  const apply = (v: FilterValues) => {
    const [from, to] = v.signed ?? [];
    setFilters({
      keyword: v.keyword?.trim() || undefined,
      status: v.status,
      ownerId: v.ownerId,
      currency: v.currency,
      amountMin: v.amountMin || undefined,
      amountMax: v.amountMax || undefined,
      signedFrom: from?.format('YYYY-MM-DD'),
      signedTo: to?.format('YYYY-MM-DD'),
    });
  };

  const columns: ColumnsType<Contract> = useMemo(
    () => [
      { title: t('field.number'), dataIndex: 'number', sorter: true, render: (n: string, c) => <Link to={`/contracts/${c.id}`}>{n}</Link> },
      { title: t('field.title'), dataIndex: 'title' },
      { title: t('field.customer'), dataIndex: 'customerId', render: (id: string) => customers[id] ?? id.slice(0, 8) },
      { title: t('field.amount'), dataIndex: 'amount', sorter: true, align: 'right', render: (_: unknown, c) => <Money amount={c.amount} currency={c.currency} /> },
      { title: t('field.status'), dataIndex: 'status', render: (s: ContractStatus) => <ContractStatusTag status={s} /> },
      { title: t('field.signedAt'), dataIndex: 'signedAt', sorter: true },
      ...(seesAll ? [{ title: t('field.owner'), dataIndex: 'ownerId', render: (id?: string) => personName(people, id, user) }] : []),
      { title: t('field.createdAt'), dataIndex: 'createdAt', sorter: true, defaultSortOrder: 'descend' as const, render: formatTime },
    ],
    [t, customers, people, seesAll, user],
  );

  return (
    <Card
      title={t('contract.title')}
      extra={canCreate && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('contract.create')}</Button>}
    >
      <Form form={form} layout="inline" onFinish={apply} initialValues={{ status: initialStatus }} style={{ marginBottom: 16, rowGap: 8 }} name="contract-filters">
        <Form.Item name="keyword">
          <Input.Search allowClear placeholder={t('placeholder.contractKeyword')} onSearch={() => form.submit()} style={{ width: 220 }} aria-label={t('field.keyword')} />
        </Form.Item>
        <Form.Item name="status">
          <Select allowClear placeholder={t('field.status')} style={{ width: 130 }} options={CONTRACT_STATUSES.map((s) => ({ value: s, label: t(`contractStatus.${s}`) }))} />
        </Form.Item>
        {admin && (
          <Form.Item name="ownerId">
            <OwnerSelect style={{ width: 140 }} />
          </Form.Item>
        )}
        <Form.Item name="currency">
          <CurrencySelect allowClear placeholder={t('field.currency')} />
        </Form.Item>
        <Form.Item name="amountMin">
          <AmountInput placeholder={t('placeholder.amountMin')} style={{ width: 110 }} />
        </Form.Item>
        <Form.Item name="amountMax">
          <AmountInput placeholder={t('placeholder.amountMax')} style={{ width: 110 }} />
        </Form.Item>
        <Form.Item name="signed">
          <DatePicker.RangePicker placeholder={[t('field.signedRange'), t('field.signedRange')]} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">{t('common:action.search')}</Button>
            <Button onClick={() => { form.resetFields(); apply({}); }}>{t('common:action.reset')}</Button>
          </Space>
        </Form.Item>
      </Form>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} action={<Button size="small" onClick={reload}>{t('common:action.retry')}</Button>} />
      <Table<Contract> rowKey="id" size="middle" columns={columns} {...tableProps} locale={{ emptyText: t('contract.empty') }} scroll={{ x: 1000 }} />
      <ContractForm open={creating} onClose={() => setCreating(false)} onSaved={(c) => navigate(`/contracts/${c.id}`)} />
    </Card>
  );
}
