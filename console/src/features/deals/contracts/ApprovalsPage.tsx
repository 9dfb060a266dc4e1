import { useMemo, useState } from 'react';
import { App, Button, Card, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { formatTime } from '../../../shared/format';
import { usePagedTable } from '../../../shared/usePagedTable';
import { dealsApi } from '../api';
import { personName, useCustomerNames, useSalespeople } from '../hooks';
import { Money } from '../../../shared/Money';
import { TextModal } from '../../../shared/TextModal';
import type { Contract, ContractFilters } from '../types';

type Decision = { contract: Contract; action: 'approve' | 'reject' };

/**
 * The approvals queue (合同审批) of an admin: contracts awaiting approval, new ones and amendments of active ones
 * (the amount in force beside the proposed one); approve with an optional comment, reject with a required one.
 */
export function ApprovalsPage() {
  const { t } = useTranslation('deals');
  const { message } = App.useApp();
  const people = useSalespeople();
  const [decision, setDecision] = useState<Decision>();
  // deal-service has no dedicated queue endpoint: the queue is the contract list filtered on PENDING_APPROVAL.
  const { tableProps, reload, error, data } = usePagedTable<Contract, ContractFilters>(
    dealsApi.contracts,
    { status: 'PENDING_APPROVAL' },
    { sort: 'createdAt,asc' },
  );
  const customers = useCustomerNames((data?.items ?? []).map((c) => c.customerId));

  const columns: ColumnsType<Contract> = useMemo(
    () => [
      { title: t('field.number'), dataIndex: 'number', render: (n: string, c) => <Link to={`/contracts/${c.id}`}>{n}</Link> },
      { title: t('field.title'), dataIndex: 'title' },
      { title: t('field.customer'), dataIndex: 'customerId', render: (id: string) => customers[id] ?? id.slice(0, 8) },
      {
        title: t('field.amount'),
        dataIndex: 'amount',
        align: 'right',
        render: (_: unknown, c) =>
          c.approvedAmount ? (
            <Space direction="vertical" size={0} align="end">
              <Tag color="orange">{t('approvals.amendment')}</Tag>
              <span><Money amount={c.approvedAmount} currency={c.currency} type="secondary" /> → <Money amount={c.amount} currency={c.currency} strong /></span>
            </Space>
          ) : (
            <Space direction="vertical" size={0} align="end">
              <Tag>{t('approvals.newContract')}</Tag>
              <Money amount={c.amount} currency={c.currency} strong />
            </Space>
          ),
      },
      { title: t('field.owner'), dataIndex: 'ownerId', render: (id?: string) => personName(people, id) },
      { title: t('field.updatedAt'), dataIndex: 'updatedAt', render: formatTime },
      {
        title: '',
        key: 'actions',
        render: (_: unknown, c) => (
          <Space>
            <Button type="primary" size="small" onClick={() => setDecision({ contract: c, action: 'approve' })}>{t('contract.approve')}</Button>
            <Button danger size="small" onClick={() => setDecision({ contract: c, action: 'reject' })}>{t('contract.reject')}</Button>
          </Space>
        ),
      },
    ],
    [t, customers, people],
  );

  const approving = decision?.action === 'approve';
  return (
    <Card title={t('approvals.title')}>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} action={<Button size="small" onClick={reload}>{t('common:action.retry')}</Button>} />
      <Table<Contract> rowKey="id" size="middle" columns={columns} {...tableProps} locale={{ emptyText: t('approvals.empty') }} scroll={{ x: 900 }} />
      <TextModal
        open={!!decision}
        title={`${t(approving ? 'contract.approveTitle' : 'contract.rejectTitle')} ${decision?.contract.number ?? ''}`}
        hint={decision ? `${decision.contract.title}` : undefined}
        label={t('field.comment')}
        required={!approving}
        max={1000}
        okText={t(approving ? 'contract.approve' : 'contract.reject')}
        danger={!approving}
        onCancel={() => setDecision(undefined)}
        onSubmit={async (comment) => {
          const { contract, action } = decision!;
          if (action === 'approve') await dealsApi.approveContract(contract.id, comment);
          else await dealsApi.rejectContract(contract.id, comment ?? '');
          message.success(t(action === 'approve' ? 'contract.approved' : 'contract.rejected'));
          setDecision(undefined);
          reload();
        }}
      />
    </Card>
  );
}
