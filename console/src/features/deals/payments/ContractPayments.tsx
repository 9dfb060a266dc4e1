import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Empty, Row, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/problem';
import { useAuth } from '../../../auth/AuthProvider';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { formatTime } from '../../../shared/format';
import { dealsApi } from '../api';
import { compareDecimals, formatMoney } from '../../../shared/money';
import { planActions } from '../permissions';
import { Money } from '../../../shared/Money';
import { InstallmentStatusTag } from '../shared/StatusTags';
import type { Contract, Installment, PaymentPlan } from '../types';
import { PaymentsTable } from './PaymentsTable';
import { PlanEditor } from './PlanEditor';
import { RecordPaymentModal } from './RecordPaymentModal';

/**
 * A contract's money (billing-service): the totals (amount, planned, collected, to confirm, outstanding,
 * overdue), the payment plan's installments with what is paid of each, editing the plan and recording a payment
 * while the contract is active, and the contract's payments (finance confirms or reverses them there).
 */
export function ContractPayments({ contract, version }: { contract: Contract; version: number }) {
  const { t, i18n } = useTranslation('deals');
  const { user } = useAuth();
  const [plan, setPlan] = useState<PaymentPlan>();
  const [error, setError] = useState<unknown>();
  const [dialog, setDialog] = useState<'plan' | 'payment'>();
  const [paymentsVersion, setPaymentsVersion] = useState(0);
  // billing knows a contract once it was approved (before that, its plan does not exist yet)
  const neverApproved = !contract.approvedAmount && (contract.status === 'DRAFT' || contract.status === 'PENDING_APPROVAL');

  const load = useCallback(() => {
    setError(undefined);
    return dealsApi.plan(contract.id).then(setPlan).catch(setError);
  }, [contract.id]);
  useEffect(() => {
    if (!neverApproved) void load();
  }, [load, neverApproved, version]);

  if (neverApproved) return <Alert type="info" showIcon message={t('plan.notActive')} />;
  if (error) {
    const notArrived = isApiError(error) && error.status === 404;
    return notArrived ? (
      <Alert type="info" showIcon message={t('plan.notArrived')} action={<Button size="small" onClick={() => void load()}>{t('common:action.retry')}</Button>} />
    ) : (
      <ErrorAlert error={error} action={<Button size="small" onClick={() => void load()}>{t('common:action.retry')}</Button>} />
    );
  }
  if (!plan) return <Skeleton active />;
  const can = planActions(user, plan);
  const stat = (key: keyof PaymentPlan, danger = false) => (
    <Col xs={12} md={8} xl={4}>
      <Statistic
        title={t(`plan.${key}`)}
        value={formatMoney(plan[key] as string, plan.currency, i18n.language)}
        valueStyle={{ fontSize: 20, color: danger && compareDecimals(plan[key] as string, '0') > 0 ? '#cf1322' : undefined }}
        data-testid={`plan-${key}`}
      />
    </Col>
  );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {plan.contractStatus !== 'ACTIVE' && <Alert type="info" showIcon message={t('plan.notActive')} />}
      <Row gutter={[16, 16]}>
        {stat('contractAmount')}
        {stat('planned')}
        {stat('collected')}
        {stat('recordedUnconfirmed')}
        {stat('outstanding')}
        {stat('overdue', true)}
      </Row>
      <Card
        size="small"
        title={t('plan.title')}
        extra={
          <Space>
            {plan.updatedAt && <Typography.Text type="secondary">{formatTime(plan.updatedAt)}</Typography.Text>}
            {can.editPlan && <Button onClick={() => setDialog('plan')}>{t('plan.edit')}</Button>}
            {can.recordPayment && <Button type="primary" onClick={() => setDialog('payment')}>{t('payment.record')}</Button>}
          </Space>
        }
      >
        {plan.installments.length === 0 ? (
          <Empty description={t('plan.empty')} />
        ) : (
          <Table<Installment>
            size="small"
            rowKey={(i) => i.id ?? i.dueDate}
            pagination={false}
            dataSource={plan.installments}
            columns={[
              { title: '#', key: 'n', render: (_: unknown, _i, n) => n + 1, width: 48 },
              { title: t('plan.dueDate'), dataIndex: 'dueDate' },
              { title: t('plan.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => <Money amount={v} currency={plan.currency} strong /> },
              { title: t('plan.paid'), dataIndex: 'paid', align: 'right', render: (v: string) => <Money amount={v} currency={plan.currency} /> },
              { title: t('plan.recorded'), dataIndex: 'recorded', align: 'right', render: (v: string) => <Money amount={v} currency={plan.currency} type="secondary" /> },
              { title: t('plan.unpaid'), dataIndex: 'unpaid', align: 'right', render: (v: string) => <Money amount={v} currency={plan.currency} /> },
              { title: t('field.status'), dataIndex: 'status', render: (s: Installment['status']) => <InstallmentStatusTag status={s} /> },
              { title: t('plan.note'), dataIndex: 'note' },
            ]}
          />
        )}
      </Card>
      <Card size="small" title={t('contract.payments')}>
        <PaymentsTable
          filters={{ contractId: contract.id }}
          version={paymentsVersion}
          showContract={false}
          onChanged={() => void load()}
        />
      </Card>
      <PlanEditor
        open={dialog === 'plan'}
        plan={plan}
        onClose={() => setDialog(undefined)}
        onSaved={(saved) => {
          setPlan(saved);
          setDialog(undefined);
        }}
      />
      <RecordPaymentModal
        open={dialog === 'payment'}
        plan={plan}
        canOverCollect={can.overCollect}
        onClose={() => setDialog(undefined)}
        onRecorded={() => {
          setDialog(undefined);
          setPaymentsVersion((v) => v + 1);
          void load();
        }}
      />
    </Space>
  );
}
