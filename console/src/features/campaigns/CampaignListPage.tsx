import { useMemo } from 'react';
import { Button, Card, DatePicker, Form, Input, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatTime } from '../../shared/format';
import { usePagedTable } from '../../shared/usePagedTable';
import { campaignsApi } from './api';
import { CampaignRowActions } from './CampaignActions';
import { CampaignModeTag, CampaignStatusTag } from './CampaignStatusTag';
import { typeLabel, useCampaignTypes } from './hooks';
import { formatMoney } from './money';
import { canManageCampaigns } from './permissions';
import { CAMPAIGN_MODES, CAMPAIGN_STATUSES, type Campaign, type CampaignFilters } from './types';

interface FilterValues {
  keyword?: string;
  status?: CampaignFilters['status'];
  mode?: CampaignFilters['mode'];
  type?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

/** Campaigns: filters (status, online/offline, type, keyword, period), paged and sorted on the server; row actions. */
export function CampaignListPage() {
  const { t, i18n } = useTranslation('campaigns');
  const { user } = useAuth();
  const navigate = useNavigate();
  const manage = canManageCampaigns(user);
  const types = useCampaignTypes();
  const [form] = Form.useForm<FilterValues>();

  const { tableProps, setFilters, reload, error } = usePagedTable<Campaign, CampaignFilters>(
    campaignsApi.list,
    {},
    { sort: 'startAt,desc' },
  );

  const applyFilters = (values: FilterValues) => {
    const [from, to] = values.period ?? [];
    setFilters({
      keyword: values.keyword?.trim() || undefined,
      status: values.status,
      mode: values.mode,
      type: values.type,
      from: from ? from.startOf('day').toISOString() : undefined,
      to: to ? to.add(1, 'day').startOf('day').toISOString() : undefined,
    });
  };

  const columns: ColumnsType<Campaign> = useMemo(
    () => [
      { title: t('field.name'), dataIndex: 'name', sorter: true, render: (name: string, c) => <Link to={`/campaigns/${c.id}`}>{name}</Link> },
      { title: t('field.type'), dataIndex: 'type', render: (code: string) => typeLabel(t, types, code) },
      { title: t('field.mode'), dataIndex: 'mode', render: (_: unknown, c) => <CampaignModeTag mode={c.mode} /> },
      { title: t('field.status'), dataIndex: 'status', render: (_: unknown, c) => <CampaignStatusTag status={c.status} /> },
      { title: t('field.startAt'), dataIndex: 'startAt', sorter: true, defaultSortOrder: 'descend', render: formatTime },
      { title: t('field.endAt'), dataIndex: 'endAt', sorter: true, render: formatTime },
      { title: t('field.budget'), dataIndex: 'budget', sorter: true, align: 'right', render: (_: unknown, c) => formatMoney(c.budget, c.currency, i18n.language) },
      {
        title: '',
        key: 'actions',
        width: 60,
        render: (_: unknown, c) => <CampaignRowActions campaign={c} onChanged={reload} />,
      },
    ],
    [t, types, i18n.language, reload],
  );

  return (
    <Card
      title={t('list.title')}
      extra={manage && <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/campaigns/new')}>{t('list.create')}</Button>}
    >
      <Form form={form} layout="inline" onFinish={applyFilters} style={{ marginBottom: 16, rowGap: 8 }} name="campaign-filters">
        <Form.Item name="keyword">
          <Input.Search allowClear placeholder={t('placeholder.keyword')} onSearch={() => form.submit()} style={{ width: 220 }} aria-label={t('field.keyword')} />
        </Form.Item>
        <Form.Item name="status">
          <Select allowClear placeholder={t('field.status')} style={{ width: 120 }} aria-label={t('field.status')}
            options={CAMPAIGN_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        </Form.Item>
        <Form.Item name="mode">
          <Select allowClear placeholder={t('field.mode')} style={{ width: 130 }} aria-label={t('field.mode')}
            options={CAMPAIGN_MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))} />
        </Form.Item>
        <Form.Item name="type">
          <Select allowClear placeholder={t('field.type')} style={{ width: 140 }} aria-label={t('field.type')}
            options={types.map((ty) => ({ value: ty.code, label: typeLabel(t, types, ty.code) }))} />
        </Form.Item>
        <Form.Item name="period">
          <DatePicker.RangePicker placeholder={[t('list.period'), t('list.period')]} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">{t('common:action.search')}</Button>
            <Button onClick={() => { form.resetFields(); applyFilters({}); }}>{t('common:action.reset')}</Button>
          </Space>
        </Form.Item>
      </Form>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} action={<Button size="small" onClick={reload}>{t('common:action.retry')}</Button>} />
      <Table<Campaign>
        rowKey="id"
        size="middle"
        columns={columns}
        {...tableProps}
        locale={{ emptyText: t('list.empty') }}
        scroll={{ x: 1000 }}
      />
    </Card>
  );
}
