import { useCallback, useEffect, useState } from 'react';
import { Button, Card, Col, DatePicker, Empty, Row, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { campaignsApi } from './api';
import { Chart } from './Chart';
import { dailyAmountsOption, dailyCountsOption, funnelOption } from './charts';
import { formatMoney, formatPercent } from './money';
import type { Campaign, CampaignStats } from './types';

const COUNTS = ['views', 'uniqueVisitors', 'submissions', 'members', 'synced', 'leads', 'customers', 'opportunities', 'wonOpportunities', 'contracts'] as const;

/**
 * Tab 3: the campaign's data — counts, the conversion funnel, the per-day series and ROI (cost, contract amount and
 * collected in exact decimals with the currency; amounts in other currencies apart, as the API keeps them).
 */
export function CampaignDataTab({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation('campaigns');
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [stats, setStats] = useState<CampaignStats>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);

  const load = useCallback(() => {
    setLoading(true);
    setError(undefined);
    const query = range ? { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') } : {};
    campaignsApi.stats(campaign.id, query)
      .then(setStats)
      .catch(setError)
      .finally(() => setLoading(false));
  }, [campaign.id, range]);
  useEffect(load, [load]);

  if (!stats) return error ? <ErrorAlert error={error} action={<Button size="small" onClick={load}>{t('common:action.retry')}</Button>} /> : <Skeleton active />;
  const money = (v: CampaignStats['cost']) => formatMoney(v, stats.currency, i18n.language);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="campaign-data">
      <Space wrap>
        <Typography.Text>{t('data.range')}</Typography.Text>
        <DatePicker.RangePicker
          allowClear={false}
          value={range ?? [dayjs(stats.from), dayjs(stats.to)]}
          onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])}
        />
        <Button icon={<ReloadOutlined />} loading={loading} onClick={load}>{t('data.refresh')}</Button>
      </Space>
      <ErrorAlert error={error} />
      <Row gutter={[16, 16]}>
        {COUNTS.map((key) => (
          <Col key={key} xs={12} sm={8} md={6} lg={4} xl={4}>
            <Card size="small"><Statistic title={t(`data.${key}`)} value={stats[key]} /></Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title={t('data.roi')} data-testid="campaign-roi">
        <Row gutter={[16, 16]}>
          <Col xs={24} md={8}><Statistic title={t('data.cost')} value={money(stats.cost)} /></Col>
          <Col xs={24} md={8}><Statistic title={t('data.contractAmount')} value={money(stats.contractAmount)} /></Col>
          <Col xs={24} md={8}><Statistic title={t('data.collectedAmount')} value={money(stats.collectedAmount)} /></Col>
          <Col xs={24} md={8}>
            <Statistic title={t('data.roiContract')} value={stats.roi === null ? t('data.roiNone') : formatPercent(stats.roi, i18n.language)} />
          </Col>
          <Col xs={24} md={8}>
            <Statistic title={t('data.roiCollected')} value={stats.roiCollected === null ? t('data.roiNone') : formatPercent(stats.roiCollected, i18n.language)} />
          </Col>
        </Row>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('data.costNote')}</Typography.Text>
        {stats.otherCurrencies.length > 0 && (
          <Table
            style={{ marginTop: 16 }}
            size="small"
            rowKey="currency"
            title={() => t('data.otherCurrencies')}
            pagination={false}
            dataSource={stats.otherCurrencies}
            columns={[
              { title: t('data.currency'), dataIndex: 'currency' },
              { title: t('data.contracts'), dataIndex: 'contracts', align: 'right' },
              { title: t('data.contractAmount'), align: 'right', render: (_: unknown, r) => formatMoney(r.contractAmount, r.currency, i18n.language) },
              { title: t('data.collectedAmount'), align: 'right', render: (_: unknown, r) => formatMoney(r.collectedAmount, r.currency, i18n.language) },
            ]}
          />
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('data.funnel')}>
            <Chart option={funnelOption(stats, t, i18n.language)} height={360} testId="funnel-chart" />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('data.daily', { from: stats.from, to: stats.to })}>
            {stats.daily.length === 0 ? <Empty description={t('data.empty')} /> : (
              <>
                <Typography.Text type="secondary">{t('data.dailyCounts')}</Typography.Text>
                <Chart option={dailyCountsOption(stats, t)} height={220} testId="daily-counts-chart" />
                <Typography.Text type="secondary">{t('data.dailyAmounts', { currency: stats.currency })}</Typography.Text>
                <Chart option={dailyAmountsOption(stats, t, i18n.language)} height={180} testId="daily-amounts-chart" />
              </>
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
