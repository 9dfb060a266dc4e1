import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LeadStatus } from './types';

const COLORS: Record<LeadStatus, string> = { NEW: 'blue', ASSIGNED: 'cyan', FOLLOWING: 'gold', CONVERTED: 'green', INVALID: 'default' };

export function LeadStatusTag({ status }: { status: LeadStatus }) {
  const { t } = useTranslation('leads');
  return <Tag color={COLORS[status]}>{t(`status.${status}`)}</Tag>;
}
