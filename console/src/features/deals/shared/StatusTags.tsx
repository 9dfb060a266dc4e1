import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContractStatus, Installment, OpportunityStatus, PaymentStatus, Receivable } from '../types';

const OPPORTUNITY: Record<OpportunityStatus, string> = { OPEN: 'processing', WON: 'success', LOST: 'default' };
const CONTRACT: Record<ContractStatus, string> = {
  DRAFT: 'default', PENDING_APPROVAL: 'gold', ACTIVE: 'green', COMPLETED: 'blue', TERMINATED: 'red',
};
const PAYMENT: Record<PaymentStatus, string> = { RECORDED: 'gold', CONFIRMED: 'green', REVERSED: 'default' };
const INSTALLMENT: Record<Installment['status'], string> = { PENDING: 'default', PARTIALLY_PAID: 'gold', PAID: 'green', OVERDUE: 'red' };
const RECEIVABLE: Record<Receivable['status'], string> = { PAID: 'green', OVERDUE: 'red', OUTSTANDING: 'gold' };

export function OpportunityStatusTag({ status }: { status: OpportunityStatus }) {
  const { t } = useTranslation('deals');
  return <Tag color={OPPORTUNITY[status]}>{t(`status.${status}`)}</Tag>;
}

export function ContractStatusTag({ status }: { status: ContractStatus }) {
  const { t } = useTranslation('deals');
  return <Tag color={CONTRACT[status]}>{t(`contractStatus.${status}`)}</Tag>;
}

export function PaymentStatusTag({ status }: { status: PaymentStatus }) {
  const { t } = useTranslation('deals');
  return <Tag color={PAYMENT[status]} data-testid="payment-status">{t(`paymentStatus.${status}`)}</Tag>;
}

export function InstallmentStatusTag({ status }: { status: Installment['status'] }) {
  const { t } = useTranslation('deals');
  return <Tag color={INSTALLMENT[status]}>{t(`installmentStatus.${status}`)}</Tag>;
}

export function ReceivableStatusTag({ status }: { status: Receivable['status'] }) {
  const { t } = useTranslation('deals');
  return <Tag color={RECEIVABLE[status]}>{t(`receivableStatus.${status}`)}</Tag>;
}
