import { useMemo, useState } from 'react';
import { Alert, Button, Select, Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CloudSyncOutlined, UploadOutlined, UserAddOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatTime } from '../../shared/format';
import { usePagedTable } from '../../shared/usePagedTable';
import { campaignsApi } from './api';
import { MemberEntryModal } from './MemberEntryModal';
import { MemberImportModal } from './MemberImportModal';
import type { CampaignActions } from './permissions';
import { SyncModal } from './SyncModal';
import { MEMBER_ORIGINS, SYNC_STATUSES, type Answer, type Campaign, type Member, type MemberFilters } from './types';

const SYNC_COLORS = { PENDING: 'default', SYNCED: 'green', FAILED: 'red' } as const;

const text = (answer: Answer | undefined) => (answer === undefined || answer === null || answer === '' ? '-' : Array.isArray(answer) ? answer.join(', ') : String(answer));

/** Everything a member answered beyond the columns, as a tooltip. */
function otherAnswers(member: Member): string {
  return Object.entries(member.answers)
    .filter(([key]) => !['name', 'phone', 'email', 'company'].includes(key))
    .map(([key, value]) => `${key}: ${text(value)}`)
    .join('\n');
}

/** Tab 2: the members (paged on the server), offline entry, CSV import and 执行同步 with its report. */
export function MembersTab({ campaign, can, onChanged }: { campaign: Campaign; can: CampaignActions; onChanged: () => void }) {
  const { t } = useTranslation('campaigns');
  const [dialog, setDialog] = useState<'entry' | 'import' | 'sync'>();
  const { tableProps, setFilters, reload, error, request } = usePagedTable<Member, MemberFilters>(
    (r) => campaignsApi.members(campaign.id, r),
    {},
    { sort: 'submittedAt,desc' },
  );

  const columns: ColumnsType<Member> = useMemo(
    () => [
      {
        title: t('members.name'),
        render: (_: unknown, m) => {
          const more = otherAnswers(m);
          return more ? <Tooltip title={<span style={{ whiteSpace: 'pre-wrap' }}>{more}</span>}>{text(m.answers.name)}</Tooltip> : text(m.answers.name);
        },
      },
      { title: t('members.phone'), render: (_: unknown, m) => text(m.answers.phone) },
      { title: t('members.email'), render: (_: unknown, m) => text(m.answers.email) },
      { title: t('members.company'), render: (_: unknown, m) => text(m.answers.company) },
      { title: t('members.origin'), dataIndex: 'origin', render: (o: string) => <Tag>{t(`members.origins.${o}`, { defaultValue: o })}</Tag> },
      {
        title: t('members.syncStatus'),
        dataIndex: 'syncStatus',
        render: (s: Member['syncStatus'], m) => (
          <Tooltip title={m.syncError ? `${t('members.syncError')}: ${m.syncError}` : undefined}>
            <Tag color={SYNC_COLORS[s]}>{t(`members.syncStatuses.${s}`)}</Tag>
          </Tooltip>
        ),
      },
      {
        title: t('members.record'),
        render: (_: unknown, m) =>
          m.leadId ? <Link to={`/leads/${m.leadId}`}>{t('members.lead')} {m.leadId.slice(0, 8)}</Link>
            : m.customerId ? <Link to={`/customers/${m.customerId}`}>{t('members.customer')} {m.customerId.slice(0, 8)}</Link> : '-',
      },
      { title: t('members.submissions'), dataIndex: 'submissions', align: 'right' },
      { title: t('members.submittedAt'), dataIndex: 'submittedAt', sorter: true, defaultSortOrder: 'descend', render: formatTime },
    ],
    [t],
  );

  const changed = () => {
    reload();
    onChanged();
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Select allowClear placeholder={t('members.origin')} style={{ width: 140 }} aria-label={t('members.origin')}
            options={MEMBER_ORIGINS.map((o) => ({ value: o, label: t(`members.origins.${o}`) }))}
            onChange={(origin?: string) => setFilters({ ...request.filters, origin })} />
          <Select allowClear placeholder={t('members.syncStatus')} style={{ width: 140 }} aria-label={t('members.syncStatus')}
            options={SYNC_STATUSES.map((s) => ({ value: s, label: t(`members.syncStatuses.${s}`) }))}
            onChange={(syncStatus?: Member['syncStatus']) => setFilters({ ...request.filters, syncStatus })} />
        </Space>
        <Space wrap>
          {can.addMembers && <Button icon={<UserAddOutlined />} onClick={() => setDialog('entry')}>{t('members.add')}</Button>}
          {can.addMembers && <Button icon={<UploadOutlined />} onClick={() => setDialog('import')}>{t('members.import')}</Button>}
          {can.sync && <Button type="primary" icon={<CloudSyncOutlined />} onClick={() => setDialog('sync')}>{t('members.sync')}</Button>}
        </Space>
      </Space>
      {campaign.status === 'DRAFT' && <Alert type="info" showIcon message={t('members.closedOnly')} />}
      <ErrorAlert error={error} action={<Button size="small" onClick={reload}>{t('common:action.retry')}</Button>} />
      <Table<Member> rowKey="id" size="middle" columns={columns} {...tableProps} locale={{ emptyText: t('members.empty') }} scroll={{ x: 900 }} />
      {can.addMembers && (
        <>
          <MemberEntryModal campaignId={campaign.id} open={dialog === 'entry'} onClose={() => setDialog(undefined)}
            onSaved={() => { setDialog(undefined); changed(); }} />
          <MemberImportModal campaignId={campaign.id} open={dialog === 'import'} onClose={() => setDialog(undefined)} onImported={changed} />
        </>
      )}
      {can.sync && <SyncModal campaign={campaign} open={dialog === 'sync'} onClose={() => setDialog(undefined)} onSynced={changed} />}
    </Space>
  );
}
