import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerLevel, DealStatus } from './types';

const LEVEL_COLORS: Record<CustomerLevel, string> = { A: 'red', B: 'orange', C: 'default' };
const DEAL_COLORS: Record<DealStatus, string> = { NONE: 'default', IN_PROGRESS: 'processing', DEAL: 'success' };

export function LevelTag({ level }: { level?: CustomerLevel | null }) {
  const { t } = useTranslation('customers');
  return level ? <Tag color={LEVEL_COLORS[level]}>{t(`level.${level}`)}</Tag> : <>-</>;
}

export function DealStatusTag({ status }: { status?: DealStatus | null }) {
  const { t } = useTranslation('customers');
  const s = status ?? 'NONE';
  return <Tag color={DEAL_COLORS[s]}>{t(`dealStatus.${s}`)}</Tag>;
}
