import { Button, Descriptions, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { EditOutlined, StarFilled } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../shared/format';
import { personName, useSalespeople } from './hooks';
import { DealStatusTag, LevelTag } from './Tags';
import type { Customer } from './types';

/** The customer's fields, its primary contact and latest follow-ups; the owner or an admin edits from here. */
export function CustomerOverview({ customer, canEdit, onEdit }: { customer: Customer; canEdit: boolean; onEdit: () => void }) {
  const { t } = useTranslation('customers');
  const people = useSalespeople();
  const primary = customer.contacts?.find((c) => c.primary);
  const recent = customer.recentFollowUps ?? [];
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions
        column={{ xs: 1, sm: 2, lg: 3 }}
        size="small"
        bordered
        extra={canEdit && <Button icon={<EditOutlined />} onClick={onEdit}>{t('action.edit')}</Button>}
      >
        <Descriptions.Item label={t('field.kind')}>{t(`kind.${customer.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('field.level')}><LevelTag level={customer.level} /></Descriptions.Item>
        <Descriptions.Item label={t('field.dealStatus')}><DealStatusTag status={customer.dealStatus} /></Descriptions.Item>
        <Descriptions.Item label={t('field.industry')}>{customer.industry ?? '-'}</Descriptions.Item>
        <Descriptions.Item label={t('field.phone')}>{customer.phone ?? '-'}</Descriptions.Item>
        <Descriptions.Item label={t('field.website')}>{customer.website ?? '-'}</Descriptions.Item>
        <Descriptions.Item label={t('field.source')}>{customer.source ? t(`source.${customer.source}`) : '-'}</Descriptions.Item>
        <Descriptions.Item label={t('field.owner')}>{personName(people, customer.ownerId, t) ?? t('pool')}</Descriptions.Item>
        <Descriptions.Item label={t('detail.primaryContact')}>
          {primary ? (
            <Space size={4}>
              <StarFilled style={{ color: '#faad14' }} />
              {primary.name}
              {primary.phone && <Typography.Text type="secondary">{primary.phone}</Typography.Text>}
            </Space>
          ) : '-'}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.lastFollowUpAt')}>{formatTime(customer.lastFollowUpAt)}</Descriptions.Item>
        <Descriptions.Item label={t('field.nextFollowUpAt')}>{formatTime(customer.nextFollowUpAt)}</Descriptions.Item>
        <Descriptions.Item label={t('field.createdAt')}>{formatTime(customer.createdAt)}</Descriptions.Item>
        {customer.sourceLeadId && (
          <Descriptions.Item label={t('field.sourceLead')}><Link to={`/leads/${customer.sourceLeadId}`}>{customer.sourceLeadId.slice(0, 8)}</Link></Descriptions.Item>
        )}
        {customer.sourceCampaignId && (
          <Descriptions.Item label={t('field.sourceCampaign')}><Link to={`/campaigns/${customer.sourceCampaignId}`}>{customer.sourceCampaignId.slice(0, 8)}</Link></Descriptions.Item>
        )}
        <Descriptions.Item label={t('field.updatedAt')}>{formatTime(customer.updatedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('field.address')} span="filled">{customer.address ?? '-'}</Descriptions.Item>
        <Descriptions.Item label={t('field.tags')} span={3}>
          {customer.tags?.length ? customer.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : '-'}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.remarks')} span={3}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{customer.remarks ?? '-'}</span>
        </Descriptions.Item>
      </Descriptions>
      <div>
        <Typography.Title level={5}>{t('detail.recentFollowUps')}</Typography.Title>
        {recent.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('followUp.empty')} />
        ) : (
          <Timeline
            items={recent.map((f) => ({
              key: f.id,
              children: (
                <>
                  <Typography.Text strong>{t(`followUpType.${f.type}`)}</Typography.Text>{' '}
                  <Typography.Text type="secondary">{formatTime(f.occurredAt)}</Typography.Text>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{f.content}</div>
                </>
              ),
            }))}
          />
        )}
      </div>
    </Space>
  );
}
