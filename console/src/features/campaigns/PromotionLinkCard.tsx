import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Dropdown, Image, Input, Popconfirm, Space, Spin } from 'antd';
import { CopyOutlined, DownloadOutlined, ExportOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { campaignsApi } from './api';
import { saveBlob } from '../../shared/download';
import { campaignErrorMessage } from './errors';
import type { CampaignActions } from './permissions';
import type { Campaign, PromotionLink } from './types';

/** The QR code's PNG as an object URL, released when the link changes or the card goes away. */
function useQrImage(campaignId: string, token?: string) {
  const [src, setSrc] = useState<string>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (!token) return;
    let url: string | undefined;
    let current = true;
    campaignsApi.qrPng(campaignId, 256)
      .then((blob) => {
        if (!current) return;
        url = URL.createObjectURL(blob);
        setSrc(url);
      })
      .catch((e: unknown) => current && setError(e));
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [campaignId, token]);
  return { src, error };
}

/**
 * An online campaign's promotion link and QR code: copy the link, download the QR code (PNG or SVG), open the public
 * page; marketing may replace the link (the old one stops working at once).
 */
export function PromotionLinkCard({ campaign, can }: { campaign: Campaign; can: CampaignActions }) {
  const { t } = useTranslation('campaigns');
  const { message } = App.useApp();
  const [link, setLink] = useState<PromotionLink>();
  const [error, setError] = useState<unknown>();
  const qr = useQrImage(campaign.id, link?.token);

  useEffect(() => {
    if (!can.showLink) return;
    let current = true;
    campaignsApi.link(campaign.id).then((l) => current && setLink(l)).catch((e: unknown) => current && setError(e));
    return () => {
      current = false;
    };
  }, [campaign.id, can.showLink, campaign.status]);

  if (campaign.mode === 'OFFLINE') return <Card size="small" title={t('link.title')}><Alert type="info" showIcon message={t('link.offline')} /></Card>;
  if (campaign.status === 'DRAFT') return <Card size="small" title={t('link.title')}><Alert type="info" showIcon message={t('link.draft')} /></Card>;

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      message.success(t('link.copied'));
    } catch {
      // no clipboard permission (plain http, an old browser): select the text for the user to copy
      (document.getElementById('promotion-link') as HTMLInputElement | null)?.select();
    }
  };
  const download = async (kind: 'png' | 'svg') => {
    try {
      const blob = kind === 'png' ? await campaignsApi.qrPng(campaign.id, 1024) : await campaignsApi.qrSvg(campaign.id, 1024);
      saveBlob(blob, `${campaign.name}-qr.${kind}`);
    } catch (e) {
      message.error(campaignErrorMessage(e, t));
    }
  };
  const regenerate = async () => {
    try {
      setLink(await campaignsApi.regenerateLink(campaign.id));
      message.success(t('link.regenerated'));
    } catch (e) {
      message.error(campaignErrorMessage(e, t));
    }
  };

  return (
    <Card size="small" title={t('link.title')} data-testid="promotion-link">
      {error ? <ErrorAlert error={error} /> : !link ? <Spin /> : (
        <Space align="start" size="large" wrap>
          <div style={{ width: 180, height: 180, border: '1px solid #f0f0f0', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
            {qr.src ? <Image src={qr.src} alt={t('link.qrAlt')} width={176} height={176} preview={false} /> : qr.error ? <ErrorAlert error={qr.error} /> : <Spin />}
          </div>
          <Space direction="vertical" style={{ minWidth: 320 }}>
            {campaign.status !== 'PUBLISHED' && <Alert type="warning" showIcon message={t('link.over')} />}
            <Input id="promotion-link" readOnly value={link.url} aria-label={t('link.title')} data-testid="promotion-url" />
            <Space wrap>
              <Button icon={<CopyOutlined />} onClick={() => void copy()}>{t('link.copy')}</Button>
              <Dropdown
                menu={{
                  items: [{ key: 'png', label: t('link.downloadPng') }, { key: 'svg', label: t('link.downloadSvg') }],
                  onClick: ({ key }) => void download(key as 'png' | 'svg'),
                }}
              >
                <Button icon={<DownloadOutlined />}>{t('link.download')}</Button>
              </Dropdown>
              <Button icon={<ExportOutlined />} href={link.url} target="_blank" rel="noopener noreferrer">{t('link.open')}</Button>
              {can.regenerateLink && (
                <Popconfirm title={t('link.confirmRegenerate')} onConfirm={() => regenerate()}>
                  <Button icon={<ReloadOutlined />} danger>{t('link.regenerate')}</Button>
                </Popconfirm>
              )}
            </Space>
          </Space>
        </Space>
      )}
    </Card>
  );
}
