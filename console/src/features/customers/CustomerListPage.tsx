import { useMemo, useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { ADMIN, SALES } from '../../auth/roles';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatTime } from '../../shared/format';
import { usePagedTable } from '../../shared/usePagedTable';
import { customersApi } from './api';
import { CustomerFormModal } from './CustomerFormModal';
import { customerErrorMessage, personName, useSalespeople } from './hooks';
import { OwnerPickerModal } from './OwnerPickerModal';
import { canCreateCustomer, customerTabs, type CustomerTab } from './permissions';
import { DealStatusTag, LevelTag } from './Tags';
import {
  CUSTOMER_LEVELS, CUSTOMER_SOURCES, DEAL_STATUSES, type Customer, type CustomerFilters,
} from './types';

/** The "back to the pool soon" filter's windows, in days (recycleDueWithinDays). */
const RECYCLE_WINDOWS = [30, 7, 3, 0] as const;

interface FilterValues {
  keyword?: string;
  level?: CustomerFilters['level'];
  industry?: string;
  source?: CustomerFilters['source'];
  dealStatus?: CustomerFilters['dealStatus'];
  tag?: string;
  ownerId?: string;
  noFollowUpForDays?: number | null;
  recycleDueWithinDays?: number;
}

/** What a tab asks the server: its scope, or the admin's deleted customers. */
function tabFilters(tab: CustomerTab): Pick<CustomerFilters, 'scope' | 'deleted'> {
  if (tab === 'mine') return { scope: 'mine' };
  if (tab === 'pool') return { scope: 'pool' };
  if (tab === 'deleted') return { deleted: true };
  return {};
}

/**
 * Customers: tabs (mine / pool / all / deleted), filters and keyword, paged and sorted on the server; create; claim
 * from the pool in the row; the admin transfers the selected customers to a salesperson.
 */
export function CustomerListPage() {
  const { t } = useTranslation('customers');
  const { message } = App.useApp();
  const { user } = useAuth();
  const navigate = useNavigate();
  const admin = user.roles.includes(ADMIN);
  const sales = user.roles.includes(SALES);
  const tabs = customerTabs(user);
  const [params, setParams] = useSearchParams();
  const tab = (tabs.includes(params.get('tab') as CustomerTab) ? params.get('tab') : tabs[0]) as CustomerTab;
  const [form] = Form.useForm<FilterValues>();
  const people = useSalespeople();
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [transferring, setTransferring] = useState(false);
  const [claiming, setClaiming] = useState<string>();

  const { tableProps, setFilters, reload, error } = usePagedTable<Customer, CustomerFilters>(
    customersApi.list,
    tabFilters(tab),
    { sort: 'createdAt,desc' },
  );

  const applyFilters = (values: FilterValues, forTab: CustomerTab = tab) => {
    setSelected([]);
    setFilters({
      ...tabFilters(forTab),
      keyword: values.keyword?.trim() || undefined,
      level: values.level,
      industry: values.industry?.trim() || undefined,
      source: values.source,
      dealStatus: values.dealStatus,
      tag: values.tag?.trim() || undefined,
      ownerId: forTab === 'pool' ? undefined : values.ownerId,
      noFollowUpForDays: values.noFollowUpForDays ?? undefined,
      recycleDueWithinDays: forTab === 'pool' ? undefined : values.recycleDueWithinDays,
    });
  };

  // uses only stable values (message, t, reload): the memoized columns may keep an older copy of it
  const claim = async (customer: Customer) => {
    setClaiming(customer.id);
    try {
      await customersApi.claim(customer.id);
      message.success(t('list.claimed'));
      reload();
    } catch (e) {
      message.error(customerErrorMessage(e, t));
      reload();
    } finally {
      setClaiming(undefined);
    }
  };

  const columns: ColumnsType<Customer> = useMemo(() => {
    const cols: ColumnsType<Customer> = [
      {
        title: t('field.name'), dataIndex: 'name', sorter: true, fixed: 'left',
        render: (name: string, c) => (
          <Space size={4}>
            <Link to={`/customers/${c.id}`}>{name}</Link>
            {c.deletedAt && <Tag>{t('list.deleted')}</Tag>}
          </Space>
        ),
      },
      { title: t('field.kind'), dataIndex: 'kind', render: (k: string) => t(`kind.${k}`) },
      { title: t('field.level'), dataIndex: 'level', render: (_: unknown, c) => <LevelTag level={c.level} /> },
      { title: t('field.industry'), dataIndex: 'industry', render: (v?: string) => v ?? '-' },
      { title: t('field.phone'), dataIndex: 'phone', render: (v?: string) => v ?? '-' },
      { title: t('field.dealStatus'), dataIndex: 'dealStatus', render: (_: unknown, c) => <DealStatusTag status={c.dealStatus} /> },
      {
        title: t('field.owner'), dataIndex: 'ownerId',
        render: (id?: string) => personName(people, id, t) ?? <Typography.Text type="secondary">{t('pool')}</Typography.Text>,
      },
      { title: t('field.lastFollowUpAt'), dataIndex: 'lastFollowUpAt', sorter: true, render: formatTime },
      { title: t('field.nextFollowUpAt'), dataIndex: 'nextFollowUpAt', sorter: true, render: formatTime },
      { title: t('field.createdAt'), dataIndex: 'createdAt', sorter: true, defaultSortOrder: 'descend', render: formatTime },
    ];
    if (sales && tab === 'pool') {
      cols.push({
        title: '', key: 'actions', fixed: 'right',
        render: (_: unknown, c) =>
          !c.ownerId && (
            <Popconfirm title={t('action.confirmClaim')} onConfirm={() => claim(c)}>
              <Button size="small" type="link" loading={claiming === c.id}>{t('action.claim')}</Button>
            </Popconfirm>
          ),
      });
    }
    return cols;
  }, [t, people, sales, tab, claiming]);

  return (
    <Card
      title={t('list.title')}
      extra={
        <Space>
          {admin && selected.length > 0 && (
            <Button onClick={() => setTransferring(true)}>{t('list.transfer', { count: selected.length })}</Button>
          )}
          {canCreateCustomer(user) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('list.create')}</Button>
          )}
        </Space>
      }
    >
      <Tabs
        activeKey={tab}
        items={tabs.map((key) => ({ key, label: t(`tab.${key}`) }))}
        onChange={(key) => {
          setParams({ tab: key }, { replace: true });
          applyFilters(form.getFieldsValue(), key as CustomerTab);
        }}
      />
      <Form form={form} layout="inline" onFinish={(v) => applyFilters(v)} style={{ marginBottom: 16, rowGap: 8 }} name="customer-filters">
        <Form.Item name="keyword">
          <Input.Search allowClear placeholder={t('placeholder.keyword')} onSearch={() => form.submit()} style={{ width: 220 }} aria-label={t('field.keyword')} />
        </Form.Item>
        <Form.Item name="level">
          <Select allowClear placeholder={t('field.level')} style={{ width: 100 }} options={CUSTOMER_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
        </Form.Item>
        <Form.Item name="dealStatus">
          <Select allowClear placeholder={t('field.dealStatus')} style={{ width: 120 }} options={DEAL_STATUSES.map((s) => ({ value: s, label: t(`dealStatus.${s}`) }))} />
        </Form.Item>
        <Form.Item name="source">
          <Select allowClear placeholder={t('field.source')} style={{ width: 120 }} options={CUSTOMER_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))} />
        </Form.Item>
        <Form.Item name="industry">
          <Input allowClear placeholder={t('placeholder.industry')} style={{ width: 120 }} aria-label={t('field.industry')} />
        </Form.Item>
        <Form.Item name="tag">
          <Input allowClear placeholder={t('placeholder.tag')} style={{ width: 100 }} aria-label={t('field.tags')} />
        </Form.Item>
        <Form.Item name="noFollowUpForDays">
          <InputNumber min={1} max={3650} precision={0} placeholder={t('placeholder.noFollowUp')} style={{ width: 150 }} aria-label={t('field.noFollowUpForDays')} />
        </Form.Item>
        {tab !== 'pool' && tab !== 'deleted' && (
          <Form.Item name="recycleDueWithinDays">
            <Select
              allowClear
              placeholder={t('field.recycleDueWithinDays')}
              style={{ width: 120 }}
              options={RECYCLE_WINDOWS.map((d) => ({ value: d, label: t(`recycleWindow.${d}`) }))}
            />
          </Form.Item>
        )}
        {admin && tab !== 'pool' && (
          <Form.Item name="ownerId">
            <Select allowClear showSearch optionFilterProp="label" placeholder={t('placeholder.owner')} style={{ width: 150 }} options={people.map((p) => ({ value: p.id, label: p.displayName || p.username }))} />
          </Form.Item>
        )}
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">{t('common:action.search')}</Button>
            <Button onClick={() => { form.resetFields(); applyFilters({}); }}>{t('common:action.reset')}</Button>
          </Space>
        </Form.Item>
      </Form>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} action={<Button size="small" onClick={reload}>{t('common:action.retry')}</Button>} />
      <Table<Customer>
        rowKey="id"
        size="middle"
        columns={columns}
        {...tableProps}
        locale={{ emptyText: t('list.empty') }}
        rowSelection={admin && tab !== 'deleted' ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) } : undefined}
        scroll={{ x: 1200 }}
      />
      <CustomerFormModal
        open={creating}
        adminCreates={admin}
        onClose={() => setCreating(false)}
        onSaved={(customer) => {
          setCreating(false);
          navigate(`/customers/${customer.id}`);
        }}
      />
      <OwnerPickerModal
        open={transferring}
        title={t('list.transfer', { count: selected.length })}
        onCancel={() => setTransferring(false)}
        onSubmit={async ({ ownerId, reason }) => {
          await customersApi.transfer(selected, ownerId, reason);
          message.success(t('action.done'));
          setTransferring(false);
          setSelected([]);
          reload();
        }}
      />
    </Card>
  );
}
