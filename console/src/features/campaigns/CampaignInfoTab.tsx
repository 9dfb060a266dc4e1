import { useEffect, useState } from 'react';
import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { formatTime } from '../../shared/format';
import { fieldLabel } from './AnswerInput';
import { campaignsApi } from './api';
import { CampaignModeTag, CampaignStatusTag } from './CampaignStatusTag';
import { typeLabel, useCampaignTypes } from './hooks';
import { formatMoney } from './money';
import type { CampaignActions } from './permissions';
import { PromotionLinkCard } from './PromotionLinkCard';
import type { Campaign, CampaignForm, FormField } from './types';

/** Tab 1: the basic information, the promotion link with its QR code, and the current sign-up form. */
export function CampaignInfoTab({ campaign, can }: { campaign: Campaign; can: CampaignActions }) {
  const { t, i18n } = useTranslation('campaigns');
  const types = useCampaignTypes();
  const { user } = useAuth();
  // no directory lists the tenant's marketing users (campaign-service has none; customer-service lists salespeople)
  const owner = !campaign.ownerId ? '-' : campaign.ownerId === user.id ? t('owner.me', { name: user.name || user.username }) : campaign.ownerId.slice(0, 8);
  const money = (v: Campaign['budget'] | null | undefined) => (v === null || v === undefined ? '-' : formatMoney(v, campaign.currency, i18n.language));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('detail.basic')}>
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('field.type')}>{typeLabel(t, types, campaign.type)}</Descriptions.Item>
          <Descriptions.Item label={t('field.mode')}><CampaignModeTag mode={campaign.mode} /></Descriptions.Item>
          <Descriptions.Item label={t('field.status')}><CampaignStatusTag status={campaign.status} /></Descriptions.Item>
          <Descriptions.Item label={t('field.startAt')}>{formatTime(campaign.startAt)}</Descriptions.Item>
          <Descriptions.Item label={t('field.endAt')}>{formatTime(campaign.endAt)}</Descriptions.Item>
          <Descriptions.Item label={t('field.targetObject')}>{t(`target.${campaign.targetObject}`)}</Descriptions.Item>
          <Descriptions.Item label={t('field.budget')}>{money(campaign.budget)}</Descriptions.Item>
          <Descriptions.Item label={t('field.actualCost')}>{money(campaign.actualCost)}</Descriptions.Item>
          <Descriptions.Item label={t('field.expectedRevenue')}>{money(campaign.expectedRevenue)}</Descriptions.Item>
          <Descriptions.Item label={t('field.expectedLeads')}>{campaign.expectedLeads ?? '-'}</Descriptions.Item>
          <Descriptions.Item label={t('field.autoSync')}>{campaign.autoSync ? <Tag color="green">✓</Tag> : <Tag>✗</Tag>}</Descriptions.Item>
          <Descriptions.Item label={t('field.owner')}>{owner}</Descriptions.Item>
          <Descriptions.Item label={t('field.createdAt')}>{formatTime(campaign.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('field.publishedAt')}>{formatTime(campaign.publishedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('field.closedAt')}>{formatTime(campaign.closedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('field.description')} span={3}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{campaign.description ?? '-'}</Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <PromotionLinkCard campaign={campaign} can={can} />
      <CurrentFormCard campaign={campaign} />
    </Space>
  );
}

function CurrentFormCard({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('campaigns');
  const [form, setForm] = useState<CampaignForm>();
  useEffect(() => {
    if (!campaign.formVersion) return;
    let current = true;
    campaignsApi.form(campaign.id).then((f) => current && setForm(f)).catch(() => undefined);
    return () => {
      current = false;
    };
  }, [campaign.id, campaign.formVersion]);
  return (
    <Card size="small" title={t('detail.form')} extra={form && t('detail.formFields', { count: form.fields.length, version: form.version })}>
      {!campaign.formVersion ? <Typography.Text type="secondary">{t('detail.noForm')}</Typography.Text> : (
        <Table<FormField>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={form?.fields ?? []}
          loading={!form}
          columns={[
            { title: t('builder.label'), render: (_: unknown, f) => fieldLabel(t, f) },
            { title: t('builder.key'), dataIndex: 'key' },
            { title: t('builder.type'), render: (_: unknown, f) => t(`fieldType.${f.type ?? 'TEXT'}`) },
            { title: t('builder.required'), render: (_: unknown, f) => (f.required ? <Tag color="red">{t('builder.required')}</Tag> : '-') },
            { title: t('builder.options'), render: (_: unknown, f) => (f.options ?? []).join(' / ') || '-' },
          ]}
        />
      )}
    </Card>
  );
}
