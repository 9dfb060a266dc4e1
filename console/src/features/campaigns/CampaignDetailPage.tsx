import { useCallback, useEffect, useState } from 'react';
import { Button, Card, Skeleton, Space, Tabs, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatTime } from '../../shared/format';
import { campaignsApi } from './api';
import { CampaignActionBar } from './CampaignActions';
import { CampaignDataTab } from './CampaignDataTab';
import { CampaignInfoTab } from './CampaignInfoTab';
import { CampaignModeTag, CampaignStatusTag } from './CampaignStatusTag';
import { MembersTab } from './MembersTab';
import { campaignActions } from './permissions';
import type { Campaign } from './types';

const TABS = ['info', 'members', 'data'] as const;

/** One campaign: its actions by role and status, and three tabs — details with link and QR code, members, data. */
export function CampaignDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('campaigns');
  const { user } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = TABS.includes(params.get('tab') as never) ? (params.get('tab') as string) : 'info';
  const [campaign, setCampaign] = useState<Campaign>();
  const [error, setError] = useState<unknown>();
  // the data tab reloads its figures when members change (entered, imported, synced)
  const [dataVersion, setDataVersion] = useState(0);

  const load = useCallback(() => campaignsApi.get(id).then(setCampaign).catch(setError), [id]);
  useEffect(() => void load(), [load]);

  if (error) return <ErrorAlert error={error} action={<Button onClick={() => navigate('/campaigns')}>{t('common:action.back')}</Button>} />;
  if (!campaign) return <Skeleton active />;
  const can = campaignActions(user, campaign);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/campaigns')} aria-label={t('common:action.back')} />
            <span data-testid="campaign-name">{campaign.name}</span>
            <CampaignStatusTag status={campaign.status} />
            <CampaignModeTag mode={campaign.mode} />
            <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
              {formatTime(campaign.startAt)} ~ {formatTime(campaign.endAt)}
            </Typography.Text>
          </Space>
        }
        extra={<CampaignActionBar campaign={campaign} onChanged={(c) => (c ? setCampaign(c) : navigate('/campaigns'))} />}
      >
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={[
            { key: 'info', label: t('detail.tabInfo'), children: <CampaignInfoTab campaign={campaign} can={can} /> },
            {
              key: 'members',
              label: t('detail.tabMembers'),
              children: <MembersTab campaign={campaign} can={can} onChanged={() => setDataVersion((v) => v + 1)} />,
            },
            { key: 'data', label: t('detail.tabData'), children: <CampaignDataTab key={dataVersion} campaign={campaign} /> },
          ]}
          destroyOnHidden
        />
      </Card>
    </Space>
  );
}
