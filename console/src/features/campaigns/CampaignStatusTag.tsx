import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignMode, CampaignStatus } from './types';

const STATUS_COLORS: Record<CampaignStatus, string> = { DRAFT: 'default', PUBLISHED: 'green', CLOSED: 'blue', CANCELLED: 'red' };

export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation('campaigns');
  return <Tag color={STATUS_COLORS[status]}>{t(`status.${status}`)}</Tag>;
}

export function CampaignModeTag({ mode }: { mode: CampaignMode }) {
  const { t } = useTranslation('campaigns');
  return <Tag color={mode === 'ONLINE' ? 'geekblue' : 'orange'}>{t(`mode.${mode}`)}</Tag>;
}
