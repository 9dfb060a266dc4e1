import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Skeleton, Space, Tabs } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/errors';
import { useAuth } from '../../../auth/AuthProvider';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { formatTime } from '../../../shared/format';
import { dealsApi } from '../api';
import { personName, useCustomerNames, useSalespeople } from '../hooks';
import { compareDecimals, formatMoney } from '../../../shared/money';
import { contractActions } from '../permissions';
import { LinesTable } from '../opportunities/OpportunityDetailPage';
import { ContractPayments } from '../payments/ContractPayments';
import { Money } from '../../../shared/Money';
import { ContractStatusTag } from '../shared/StatusTags';
import { TextModal } from '../../../shared/TextModal';
import type { Contract } from '../types';
import { ApprovalTrail } from './ApprovalTrail';
import { ContractForm } from './ContractForm';

type Dialog = 'edit' | 'approve' | 'reject' | 'terminate' | undefined;

/**
 * One contract: its terms and lines, the moves the user may make now (submit, approve / reject, complete,
 * terminate, edit), the payment plan with its payments, and the approval trail.
 */
export function ContractDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('deals');
  const { message } = App.useApp();
  const { user } = useAuth();
  const navigate = useNavigate();
  const people = useSalespeople();
  const [contract, setContract] = useState<Contract>();
  const [error, setError] = useState<unknown>();
  const [dialog, setDialog] = useState<Dialog>();
  const [version, setVersion] = useState(0);
  const customers = useCustomerNames([contract?.customerId]);

  const load = useCallback(() => dealsApi.contract(id).then(setContract).catch(setError), [id]);
  useEffect(() => void load(), [load]);

  const changed = (c: Contract, text: string) => {
    setContract(c);
    setVersion((v) => v + 1);
    setDialog(undefined);
    message.success(text);
  };
  const act = async (run: () => Promise<Contract>, text: string) => {
    try {
      changed(await run(), text);
    } catch (e) {
      message.error(errorMessage(e, t));
      void load();
    }
  };

  if (error) return <ErrorAlert error={error} action={<Button onClick={() => navigate('/contracts')}>{t('common:action.back')}</Button>} />;
  if (!contract) return <Skeleton active />;
  const c = contract;
  const can = contractActions(user, c);
  const amendment = c.status === 'PENDING_APPROVAL' && c.approvedAmount && compareDecimals(c.approvedAmount, c.amount) !== 0;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common:action.back')} />
            <span data-testid="contract-number">{c.number}</span>
            {c.title}
            <ContractStatusTag status={c.status} />
          </Space>
        }
        extra={
          <Space wrap>
            {can.submit && (
              <Popconfirm title={t('contract.submitConfirm')} onConfirm={() => act(() => dealsApi.submitContract(c.id), t('contract.submitted'))}>
                <Button type="primary">{t('contract.submit')}</Button>
              </Popconfirm>
            )}
            {can.approve && <Button type="primary" onClick={() => setDialog('approve')}>{t('contract.approve')}</Button>}
            {can.reject && <Button danger onClick={() => setDialog('reject')}>{t('contract.reject')}</Button>}
            {can.edit && <Button onClick={() => setDialog('edit')}>{t('contract.edit')}</Button>}
            {can.complete && (
              <Popconfirm title={t('contract.completeConfirm')} onConfirm={() => act(() => dealsApi.completeContract(c.id), t('contract.completed'))}>
                <Button>{t('contract.complete')}</Button>
              </Popconfirm>
            )}
            {can.terminate && <Button danger onClick={() => setDialog('terminate')}>{t('contract.terminate')}</Button>}
          </Space>
        }
      >
        {amendment && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('contract.amendmentPending', { approved: formatMoney(c.approvedAmount, c.currency, i18n.language), proposed: formatMoney(c.amount, c.currency, i18n.language) })}
          />
        )}
        {c.status === 'TERMINATED' && c.terminationReason && (
          <Alert type="error" showIcon style={{ marginBottom: 16 }} message={`${t('field.terminationReason')}: ${c.terminationReason}`} />
        )}
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('field.customer')}>{customers[c.customerId] ?? c.customerId}</Descriptions.Item>
          <Descriptions.Item label={t('field.amount')}><Money amount={c.amount} currency={c.currency} strong /></Descriptions.Item>
          <Descriptions.Item label={t('field.approvedAmount')}>
            {c.approvedAmount ? <Money amount={c.approvedAmount} currency={c.currency} /> : '-'}
          </Descriptions.Item>
          <Descriptions.Item label={t('field.opportunity')}>
            {c.opportunityId ? <Link to={`/opportunities/${c.opportunityId}`}>{t('contract.openOpportunity')}</Link> : '-'}
          </Descriptions.Item>
          <Descriptions.Item label={t('field.signedAt')}>{c.signedAt ?? '-'}</Descriptions.Item>
          <Descriptions.Item label={t('field.startDate')}>{c.startDate ?? '-'} ~ {c.endDate ?? '-'}</Descriptions.Item>
          <Descriptions.Item label={t('field.owner')}>{personName(people, c.ownerId, user)}</Descriptions.Item>
          <Descriptions.Item label={t('field.approvedBy')}>{c.approvedBy ? personName(people, c.approvedBy, user) : '-'}</Descriptions.Item>
          <Descriptions.Item label={t('field.approvedAt')}>{formatTime(c.approvedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('field.createdAt')}>{formatTime(c.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('field.updatedAt')}>{formatTime(c.updatedAt)}</Descriptions.Item>
        </Descriptions>
        {c.lines.length > 0 && <LinesTable lines={c.lines} currency={c.currency} />}
      </Card>
      <Card>
        <Tabs
          items={[
            { key: 'plan', label: t('contract.plan'), children: <ContractPayments contract={c} version={version} /> },
            { key: 'approvals', label: t('contract.approvalTrail'), children: <ApprovalTrail contractId={c.id} version={version} /> },
          ]}
        />
      </Card>
      <ContractForm open={dialog === 'edit'} contract={c} onClose={() => setDialog(undefined)} onSaved={(r) => changed(r, t('contract.saved'))} />
      <TextModal
        name="contract-decision"
        open={dialog === 'approve' || dialog === 'reject'}
        title={t(dialog === 'approve' ? 'contract.approveTitle' : 'contract.rejectTitle')}
        label={t('field.comment')}
        required={dialog === 'reject'}
        max={1000}
        okText={t(dialog === 'approve' ? 'contract.approve' : 'contract.reject')}
        danger={dialog === 'reject'}
        onCancel={() => setDialog(undefined)}
        onSubmit={async (comment) =>
          dialog === 'approve'
            ? changed(await dealsApi.approveContract(c.id, comment), t('contract.approved'))
            : changed(await dealsApi.rejectContract(c.id, comment ?? ''), t('contract.rejected'))
        }
      />
      <TextModal
        name="contract-termination"
        open={dialog === 'terminate'}
        title={t('contract.terminateTitle')}
        label={t('field.terminationReason')}
        required
        max={500}
        okText={t('contract.terminate')}
        danger
        onCancel={() => setDialog(undefined)}
        onSubmit={async (reason) => changed(await dealsApi.terminateContract(c.id, reason ?? ''), t('contract.terminated'))}
      />
    </Space>
  );
}
