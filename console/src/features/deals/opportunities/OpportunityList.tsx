import { useMemo } from 'react';
import { Button, DatePicker, Form, Input, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { useAuth } from '../../../auth/AuthProvider';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { formatTime } from '../../../shared/format';
import { usePagedTable } from '../../../shared/usePagedTable';
import { dealsApi } from '../api';
import { personName, useCustomerNames, usePipelineSettings, useSalespeople } from '../hooks';
import { isAdmin } from '../permissions';
import { Money } from '../../../shared/Money';
import { AmountInput, CurrencySelect, OwnerSelect } from '../shared/Pickers';
import { OpportunityStatusTag } from '../shared/StatusTags';
import { OPPORTUNITY_STATUSES, type Opportunity, type OpportunityFilters } from '../types';

interface FilterValues {
  keyword?: string;
  stage?: string;
  status?: OpportunityFilters['status'];
  ownerId?: string;
  currency?: string;
  amountMin?: string;
  amountMax?: string;
  close?: [Dayjs | null, Dayjs | null] | null;
}

/** Opportunities as a table: filters, keyword, sorting and paging all on the server. */
export function OpportunityList({ ownerId }: { ownerId?: string }) {
  const { t } = useTranslation('deals');
  const { user } = useAuth();
  const admin = isAdmin(user);
  const people = useSalespeople();
  const { settings } = usePipelineSettings();
  const [form] = Form.useForm<FilterValues>();
  const { tableProps, setFilters, reload, error, data } = usePagedTable<Opportunity, OpportunityFilters>(
    dealsApi.opportunities,
    { ownerId },
    { sort: 'createdAt,desc' },
  );
  const customers = useCustomerNames((data?.items ?? []).map((o) => o.customerId));
  const stageName = (code: string) => settings?.stages.find((s) => s.code === code)?.name ?? code;

  const apply = (v: FilterValues) => {
    const [from, to] = v.close ?? [];
    setFilters({
      keyword: v.keyword?.trim() || undefined,
      stage: v.stage,
      status: v.status,
      ownerId: v.ownerId ?? ownerId,
      currency: v.currency,
      amountMin: v.amountMin || undefined,
      amountMax: v.amountMax || undefined,
      closeFrom: from?.format('YYYY-MM-DD'),
      closeTo: to?.format('YYYY-MM-DD'),
    });
  };

  const columns: ColumnsType<Opportunity> = useMemo(
    () => [
      { title: t('field.name'), dataIndex: 'name', sorter: true, render: (name: string, o) => <Link to={`/opportunities/${o.id}`}>{name}</Link> },
      { title: t('field.customer'), dataIndex: 'customerId', render: (id: string) => customers[id] ?? id.slice(0, 8) },
      { title: t('field.amount'), dataIndex: 'amount', sorter: true, align: 'right', render: (_: unknown, o) => <Money amount={o.amount} currency={o.currency} /> },
      { title: t('field.stage'), dataIndex: 'stage', render: (s: string) => stageName(s) },
      { title: t('field.probability'), dataIndex: 'probability', render: (p: number) => `${p}%` },
      { title: t('field.status'), dataIndex: 'status', render: (_: unknown, o) => <OpportunityStatusTag status={o.status} /> },
      { title: t('field.expectedCloseDate'), dataIndex: 'expectedCloseDate', sorter: true },
      ...(admin ? [{ title: t('field.owner'), dataIndex: 'ownerId', render: (id?: string) => personName(people, id) }] : []),
      { title: t('field.createdAt'), dataIndex: 'createdAt', sorter: true, defaultSortOrder: 'descend' as const, render: formatTime },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, customers, people, settings, admin],
  );

  return (
    <>
      <Form form={form} layout="inline" onFinish={apply} style={{ marginBottom: 16, rowGap: 8 }} name="opportunity-filters">
        <Form.Item name="keyword">
          <Input.Search allowClear placeholder={t('placeholder.opportunityKeyword')} onSearch={() => form.submit()} style={{ width: 200 }} aria-label={t('field.keyword')} />
        </Form.Item>
        <Form.Item name="stage">
          <Select allowClear placeholder={t('field.stage')} style={{ width: 130 }} options={(settings?.stages ?? []).filter((s) => s.open).map((s) => ({ value: s.code, label: s.name }))} />
        </Form.Item>
        <Form.Item name="status">
          <Select allowClear placeholder={t('field.status')} style={{ width: 110 }} options={OPPORTUNITY_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
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
        <Form.Item name="close">
          <DatePicker.RangePicker placeholder={[t('field.closeRange'), t('field.closeRange')]} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">{t('common:action.search')}</Button>
            <Button onClick={() => { form.resetFields(); apply({}); }}>{t('common:action.reset')}</Button>
          </Space>
        </Form.Item>
      </Form>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} action={<Button size="small" onClick={reload}>{t('common:action.retry')}</Button>} />
      <Table<Opportunity> rowKey="id" size="middle" columns={columns} {...tableProps} locale={{ emptyText: t('opportunity.empty') }} scroll={{ x: 1000 }} />
    </>
  );
}
