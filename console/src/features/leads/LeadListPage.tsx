import { useMemo, useState } from 'react';
import { App, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { useAuth } from '../../auth/AuthProvider';
import { ADMIN } from '../../auth/roles';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatTime } from '../../shared/format';
import { usePagedTable } from '../../shared/usePagedTable';
import { leadsApi } from './api';
import { ownerName, useSalespeople, useSources } from './hooks';
import { LeadForm } from './LeadForm';
import { LeadStatusTag } from './LeadStatusTag';
import { OwnerPickerModal } from './OwnerPickerModal';
import { leadTabs } from './permissions';
import { LEAD_SOURCES, LEAD_STATUSES, type Lead, type LeadFilters } from './types';

interface FilterValues {
  keyword?: string;
  status?: LeadFilters['status'];
  source?: LeadFilters['source'];
  channel?: string;
  ownerId?: string;
  created?: [Dayjs | null, Dayjs | null] | null;
}

const scopeOf = (tab: string): LeadFilters['scope'] => (tab === 'mine' ? 'mine' : tab === 'pool' ? 'pool' : undefined);

/** Leads: tabs (mine / pool / all), filters and keyword, paged and sorted on the server; create, import, bulk assign. */
export function LeadListPage() {
  const { t } = useTranslation('leads');
  const { message } = App.useApp();
  const { user } = useAuth();
  const navigate = useNavigate();
  const admin = user.roles.includes(ADMIN);
  const tabs = leadTabs(user);
  const [params, setParams] = useSearchParams();
  const tab = tabs.includes(params.get('tab') as never) ? (params.get('tab') as string) : tabs[0];
  const [form] = Form.useForm<FilterValues>();
  const people = useSalespeople();
  const sources = useSources();
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [assigning, setAssigning] = useState(false);

  const { tableProps, setFilters, reload, error, request } = usePagedTable<Lead, LeadFilters>(
    leadsApi.list,
    { scope: scopeOf(tab) },
    { sort: 'createdAt,desc' },
  );

  const applyFilters = (values: FilterValues, scope = request.filters.scope) => {
    const [from, to] = values.created ?? [];
    setSelected([]);
    setFilters({
      scope,
      keyword: values.keyword?.trim() || undefined,
      status: values.status,
      source: values.source,
      channel: values.channel,
      ownerId: values.ownerId,
      createdFrom: from ? from.startOf('day').toISOString() : undefined,
      createdTo: to ? to.add(1, 'day').startOf('day').toISOString() : undefined,
    });
  };

  const columns: ColumnsType<Lead> = useMemo(
    () => [
      { title: t('field.name'), dataIndex: 'name', sorter: true, render: (name: string, lead) => <Link to={`/leads/${lead.id}`}>{name}</Link> },
      { title: t('field.company'), dataIndex: 'company', sorter: true },
      { title: t('field.phone'), dataIndex: 'phone' },
      { title: t('field.email'), dataIndex: 'email' },
      { title: t('field.source'), dataIndex: 'source', render: (s: string, lead) => <>{t(`source.${s}`)}{lead.channel && <Tag style={{ marginLeft: 4 }}>{lead.channel}</Tag>}</> },
      { title: t('field.status'), dataIndex: 'status', render: (_: unknown, lead) => <LeadStatusTag status={lead.status} /> },
      { title: t('field.owner'), dataIndex: 'ownerId', render: (id?: string) => ownerName(people, id) ?? <Typography.Text type="secondary">{t('pool')}</Typography.Text> },
      { title: t('field.nextFollowUpAt'), dataIndex: 'nextFollowUpAt', sorter: true, render: formatTime },
      { title: t('field.createdAt'), dataIndex: 'createdAt', sorter: true, defaultSortOrder: 'descend', render: formatTime },
    ],
    [t, people],
  );

  return (
    <Card
      title={t('list.title')}
      extra={
        <Space>
          {admin && selected.length > 0 && (
            <Button onClick={() => setAssigning(true)}>{t('list.bulkAssign', { count: selected.length })}</Button>
          )}
          <Button icon={<UploadOutlined />} onClick={() => navigate('/leads/import')}>{t('list.import')}</Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('list.create')}</Button>
        </Space>
      }
    >
      <Tabs
        activeKey={tab}
        items={tabs.map((key) => ({ key, label: t(`tab.${key}`) }))}
        onChange={(key) => {
          setParams({ tab: key }, { replace: true });
          applyFilters(form.getFieldsValue(), scopeOf(key));
        }}
      />
      <Form form={form} layout="inline" onFinish={(v) => applyFilters(v)} style={{ marginBottom: 16, rowGap: 8 }} name="lead-filters">
        <Form.Item name="keyword">
          <Input.Search allowClear placeholder={t('placeholder.keyword')} onSearch={() => form.submit()} style={{ width: 240 }} aria-label={t('field.keyword')} />
        </Form.Item>
        <Form.Item name="status">
          <Select allowClear placeholder={t('field.status')} style={{ width: 120 }} options={LEAD_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        </Form.Item>
        <Form.Item name="source">
          <Select allowClear placeholder={t('field.source')} style={{ width: 130 }} options={LEAD_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))} />
        </Form.Item>
        <Form.Item name="channel">
          <Select allowClear placeholder={t('field.channel')} style={{ width: 130 }} options={(sources?.channels ?? []).map((c) => ({ value: c.code, label: c.label }))} />
        </Form.Item>
        {admin && tab !== 'pool' && (
          <Form.Item name="ownerId">
            <Select allowClear placeholder={t('placeholder.owner')} style={{ width: 140 }} options={people.map((p) => ({ value: p.id, label: p.displayName || p.username }))} />
          </Form.Item>
        )}
        <Form.Item name="created">
          <DatePicker.RangePicker placeholder={[t('field.createdRange'), t('field.createdRange')]} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">{t('common:action.search')}</Button>
            <Button onClick={() => { form.resetFields(); applyFilters({}); }}>{t('common:action.reset')}</Button>
          </Space>
        </Form.Item>
      </Form>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} action={<Button size="small" onClick={reload}>{t('common:action.retry')}</Button>} />
      <Table<Lead>
        rowKey="id"
        size="middle"
        columns={columns}
        {...tableProps}
        locale={{ emptyText: t('list.empty') }}
        rowSelection={admin ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) } : undefined}
        scroll={{ x: 1000 }}
      />
      <LeadForm
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(lead) => {
          setCreating(false);
          navigate(`/leads/${lead.id}`);
        }}
      />
      <OwnerPickerModal
        open={assigning}
        title={t('list.bulkAssign', { count: selected.length })}
        onCancel={() => setAssigning(false)}
        onSubmit={async ({ ownerId, reason }) => {
          await leadsApi.bulkAssign(selected, ownerId, reason);
          message.success(t('action.done'));
          setAssigning(false);
          setSelected([]);
          reload();
        }}
      />
    </Card>
  );
}
