import { useState } from 'react';
import { App, Button, Dropdown, Space, Tooltip } from 'antd';
import type { MenuProps } from 'antd';
import { DeleteOutlined, EditOutlined, MoreOutlined, SendOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { campaignsApi } from './api';
import { campaignErrorMessage } from './errors';
import { campaignActions } from './permissions';
import type { Campaign } from './types';

type Move = 'publish' | 'close' | 'cancel' | 'remove';

const CONFIRM: Record<Move, string> = {
  publish: 'action.confirmPublish', close: 'action.confirmClose', cancel: 'action.confirmCancel', remove: 'action.confirmRemove',
};

/**
 * Publish, close, cancel and delete, each after a confirmation: `onChanged` gets the campaign as it is now (or
 * undefined once deleted). A refusal (409) is shown in plain words.
 */
function useCampaignMoves(onChanged: (campaign?: Campaign) => void) {
  const { t } = useTranslation('campaigns');
  const { modal, message } = App.useApp();
  const [busy, setBusy] = useState<Move>();

  const run = async (move: Move, campaign: Campaign) => {
    setBusy(move);
    try {
      if (move === 'remove') {
        await campaignsApi.remove(campaign.id);
        message.success(t('action.removed'));
        onChanged(undefined);
      } else {
        onChanged(await campaignsApi[move](campaign.id));
        message.success(t('action.done'));
      }
    } catch (e) {
      message.error(campaignErrorMessage(e, t));
    } finally {
      setBusy(undefined);
    }
  };

  const confirm = (move: Move, campaign: Campaign) =>
    modal.confirm({
      title: t('action.confirmTitle', { action: t(`action.${move}`), name: campaign.name }),
      content: t(CONFIRM[move]),
      okButtonProps: { danger: move === 'remove' || move === 'cancel' },
      onOk: () => run(move, campaign),
    });

  return { busy, confirm };
}

/** The detail page's buttons: what this user may do with this campaign in its status. */
export function CampaignActionBar({ campaign, onChanged }: { campaign: Campaign; onChanged: (c?: Campaign) => void }) {
  const { t } = useTranslation('campaigns');
  const { user } = useAuth();
  const navigate = useNavigate();
  const can = campaignActions(user, campaign);
  const { busy, confirm } = useCampaignMoves(onChanged);
  return (
    <Space wrap>
      {can.edit && <Button icon={<EditOutlined />} onClick={() => navigate(`/campaigns/${campaign.id}/edit`)}>{t('action.edit')}</Button>}
      {can.publish && (
        <Tooltip title={can.publishReady ? undefined : t('action.publishNeedsForm')}>
          <Button type="primary" icon={<SendOutlined />} disabled={!can.publishReady} loading={busy === 'publish'} onClick={() => confirm('publish', campaign)}>
            {t('action.publish')}
          </Button>
        </Tooltip>
      )}
      {can.close && <Button loading={busy === 'close'} onClick={() => confirm('close', campaign)}>{t('action.close')}</Button>}
      {can.cancel && <Button danger loading={busy === 'cancel'} onClick={() => confirm('cancel', campaign)}>{t('action.cancel')}</Button>}
      {can.remove && <Button danger type="text" icon={<DeleteOutlined />} loading={busy === 'remove'} onClick={() => confirm('remove', campaign)}>{t('action.remove')}</Button>}
    </Space>
  );
}

/** A list row's menu: the same moves, compact. */
export function CampaignRowActions({ campaign, onChanged }: { campaign: Campaign; onChanged: (c?: Campaign) => void }) {
  const { t } = useTranslation('campaigns');
  const { user } = useAuth();
  const navigate = useNavigate();
  const can = campaignActions(user, campaign);
  const { confirm } = useCampaignMoves(onChanged);
  const items: MenuProps['items'] = [
    can.edit && { key: 'edit', label: t('action.edit') },
    can.publish && { key: 'publish', label: can.publishReady ? t('action.publish') : t('action.publishNeedsForm'), disabled: !can.publishReady },
    can.close && { key: 'close', label: t('action.close') },
    can.cancel && { key: 'cancel', label: t('action.cancel'), danger: true },
    can.remove && { key: 'remove', label: t('action.remove'), danger: true },
  ].filter(Boolean) as MenuProps['items'];
  if (!items?.length) return null;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items,
        onClick: ({ key }) => (key === 'edit' ? navigate(`/campaigns/${campaign.id}/edit`) : confirm(key as Move, campaign)),
      }}
    >
      <Button size="small" icon={<MoreOutlined />} aria-label={`${t('action.more')} ${campaign.name}`} />
    </Dropdown>
  );
}
