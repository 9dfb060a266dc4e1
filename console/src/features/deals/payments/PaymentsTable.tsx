import { useEffect, useMemo, useRef, useState } from 'react';
import { App, Button, Popconfirm, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/errors';
import { useAuth } from '../../../auth/AuthProvider';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { formatTime } from '../../../shared/format';
import { usePagedTable } from '../../../shared/usePagedTable';
import { dealsApi } from '../api';
import { useContractNumbers, useCustomerNames } from '../hooks';
import { paymentActions } from '../permissions';
import { Money } from '../../../shared/Money';
import { PaymentStatusTag } from '../shared/StatusTags';
import { TextModal } from '../../../shared/TextModal';
import type { Payment, PaymentFilters } from '../types';
import { PaymentDetailDrawer } from './PaymentDetailDrawer';

/**
 * Payments paged on the server, with finance's confirm (到账确认) and reverse (冲销) on each row as its status
 * allows; `onChanged` tells the page (e.g. to reload the plan's totals).
 */
export function PaymentsTable({ filters, version = 0, showContract = true, onChanged }: {
  filters: PaymentFilters;
  version?: number;
  showContract?: boolean;
  onChanged?: (p: Payment) => void;
}) {
  const { t } = useTranslation('deals');
  const { message } = App.useApp();
  const { user } = useAuth();
  const [reversing, setReversing] = useState<Payment>();
  const [opened, setOpened] = useState<string>();
  const { tableProps, setFilters, reload, error, data } = usePagedTable<Payment, PaymentFilters>(dealsApi.payments, filters, { sort: 'receivedAt,desc' });
  // New filters from the page start again from the first page (the first ones were read already).
  const filterKey = JSON.stringify(filters);
  const lastKey = useRef(filterKey);
  useEffect(() => {
    if (lastKey.current === filterKey) return;
    lastKey.current = filterKey;
    setFilters(JSON.parse(filterKey) as PaymentFilters);
  }, [filterKey, setFilters]);
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  const items = data?.items ?? [];
  const contracts = useContractNumbers(showContract ? items.map((p) => p.contractId) : []);
  const customers = useCustomerNames(showContract ? items.map((p) => p.customerId) : []);

  const done = (p: Payment, text: string) => {
    message.success(text);
    reload();
    onChanged?.(p);
  };
  const confirm = async (p: Payment) => {
    try {
      done(await dealsApi.confirmPayment(p.id), t('payment.confirmed'));
    } catch (e) {
      message.error(errorMessage(e, t));
      reload();
    }
  };

  const columns: ColumnsType<Payment> = useMemo(
    () => [
      { title: t('payment.receivedAt'), dataIndex: 'receivedAt', sorter: true, defaultSortOrder: 'descend' as const },
      ...(showContract
        ? [
            { title: t('payment.contract'), dataIndex: 'contractId', render: (id: string) => <Link to={`/contracts/${id}`}>{contracts[id] ?? id.slice(0, 8)}</Link> },
            { title: t('field.customer'), dataIndex: 'customerId', render: (id?: string) => (id ? customers[id] ?? id.slice(0, 8) : '-') },
          ]
        : []),
      { title: t('field.amount'), dataIndex: 'amount', sorter: true, align: 'right' as const, render: (_: unknown, p: Payment) => <Money amount={p.amount} currency={p.currency} strong /> },
      { title: t('payment.method'), dataIndex: 'method', render: (m: string) => t(`paymentMethod.${m}`) },
      { title: t('payment.reference'), dataIndex: 'reference' },
      { title: t('field.status'), dataIndex: 'status', render: (_: unknown, p: Payment) => <PaymentStatusTag status={p.status} /> },
      { title: t('field.createdAt'), dataIndex: 'createdAt', sorter: true, render: formatTime },
      {
        title: '',
        key: 'actions',
        render: (_: unknown, p: Payment) => {
          const can = paymentActions(user, p);
          return (
            <Space size={4}>
              <Button size="small" type="link" onClick={() => setOpened(p.id)}>{t('action.view')}</Button>
              {can.confirm && (
                <Popconfirm title={t('payment.confirmQuestion')} onConfirm={() => confirm(p)} okText={t('payment.confirm')}>
                  <Button size="small" type="primary">{t('payment.confirm')}</Button>
                </Popconfirm>
              )}
              {can.reverse && <Button size="small" danger onClick={() => setReversing(p)}>{t('payment.reverse')}</Button>}
            </Space>
          );
        },
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, contracts, customers, showContract, user],
  );

  return (
    <>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} action={<Button size="small" onClick={reload}>{t('common:action.retry')}</Button>} />
      <Table<Payment> rowKey="id" size="middle" columns={columns} {...tableProps} locale={{ emptyText: t('payment.empty') }} scroll={{ x: 900 }} />
      <TextModal
        open={!!reversing}
        title={t('payment.reverseTitle')}
        hint={t('payment.reverseHint')}
        label={t('field.reason')}
        required
        max={500}
        okText={t('payment.reverse')}
        danger
        onCancel={() => setReversing(undefined)}
        onSubmit={async (reason) => {
          const p = await dealsApi.reversePayment(reversing!.id, reason ?? '');
          setReversing(undefined);
          done(p, t('payment.reversed'));
        }}
      />
      <PaymentDetailDrawer id={opened} onClose={() => setOpened(undefined)} />
    </>
  );
}
