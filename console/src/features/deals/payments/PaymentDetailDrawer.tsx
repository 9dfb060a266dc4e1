import { useEffect, useState } from 'react';
import { Descriptions, Drawer, Skeleton, Table, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../auth/AuthProvider';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { formatTime } from '../../../shared/format';
import { dealsApi } from '../api';
import { personName, useSalespeople } from '../hooks';
import { Money } from '../../../shared/Money';
import { PaymentStatusTag } from '../shared/StatusTags';
import type { PaymentDetail } from '../types';

/** One payment: its facts, which installments its money settles, and its ledger (recorded, confirmed, reversed). */
export function PaymentDetailDrawer({ id, onClose }: { id?: string; onClose: () => void }) {
  const { t } = useTranslation('deals');
  const { user } = useAuth();
  const people = useSalespeople();
  const [payment, setPayment] = useState<PaymentDetail>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    setPayment(undefined);
    setError(undefined);
    if (id) dealsApi.payment(id).then(setPayment).catch(setError);
  }, [id]);
  const who = (by?: string | null) => personName(people, by, user);
  return (
    <Drawer open={!!id} onClose={onClose} title={t('payment.detail')} width={520}>
      <ErrorAlert error={error} />
      {!payment && !error && <Skeleton active />}
      {payment && (
        <>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('field.amount')}><Money amount={payment.amount} currency={payment.currency} strong /></Descriptions.Item>
            <Descriptions.Item label={t('field.status')}><PaymentStatusTag status={payment.status} /></Descriptions.Item>
            <Descriptions.Item label={t('payment.receivedAt')}>{payment.receivedAt}</Descriptions.Item>
            <Descriptions.Item label={t('payment.method')}>{t(`paymentMethod.${payment.method}`)}</Descriptions.Item>
            <Descriptions.Item label={t('payment.reference')}>{payment.reference ?? '-'}</Descriptions.Item>
            {payment.reversalReason && <Descriptions.Item label={t('field.reason')}>{payment.reversalReason}</Descriptions.Item>}
          </Descriptions>
          <Typography.Title level={5}>{t('payment.allocations')}</Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey="installmentId"
            dataSource={payment.allocations}
            columns={[
              { title: t('payment.installments'), dataIndex: 'installmentId', render: (v: string) => v.slice(0, 8) },
              { title: t('field.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => <Money amount={v} currency={payment.currency} /> },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>{t('payment.history')}</Typography.Title>
          <Timeline
            items={payment.history.map((h, i) => ({
              key: i,
              color: h.type === 'CONFIRMED' ? 'green' : h.type === 'REVERSED' ? 'red' : 'blue',
              children: (
                <div>
                  <Typography.Text strong>{t(`paymentStatus.${h.type}`)}</Typography.Text>{' '}
                  <Money amount={h.amount} currency={payment.currency} />{' '}
                  <Typography.Text type="secondary">{formatTime(h.at)} · {t('payment.by')} {who(h.by)}</Typography.Text>
                  {h.reason && <div>{h.reason}</div>}
                </div>
              ),
            }))}
          />
        </>
      )}
    </Drawer>
  );
}
