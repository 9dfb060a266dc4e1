import { Card, Col, Empty, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { dashboardApi } from './api';
import { Chart } from './charts';
import { useReport } from './useReport';

/** Where the tenant's leads came from: by source (pie) and by campaign (the ten largest, bar). */
export function LeadSourcesPanel() {
  const { t } = useTranslation('dashboard');
  const report = useReport(async () => {
    const sources = await dashboardApi.leadSources();
    const top = [...sources.byCampaign].sort((a, b) => b.leads - a.leads).slice(0, 10);
    const names = new Map(await dashboardApi.campaignNames(top.map((c) => c.campaignId)));
    return { sources, top: top.map((c) => ({ ...c, name: names.get(c.campaignId) })) };
  }, 'lead-sources');
  const data = report.data;
  return (
    <Card title={t('title.sources')} data-testid="lead-sources">
      <ErrorAlert error={report.error} />
      {data && data.sources.total === 0 && <Empty description={t('sources.empty')} />}
      {data && data.sources.total > 0 && (
        <>
          <Typography.Text type="secondary">{t('sources.total', { total: data.sources.total })}</Typography.Text>
          <Row gutter={16}>
            <Col xs={24} lg={10}>
              <Typography.Title level={5}>{t('sources.bySource')}</Typography.Title>
              <Chart
                testId="sources-by-source"
                option={{
                  tooltip: { trigger: 'item' },
                  legend: { bottom: 0 },
                  series: [{
                    type: 'pie',
                    radius: ['35%', '65%'],
                    data: data.sources.bySource.map((s) => ({
                      name: t(`source.${s.source}`, { defaultValue: s.source }),
                      value: s.leads,
                    })),
                  }],
                }}
              />
            </Col>
            <Col xs={24} lg={14}>
              <Typography.Title level={5}>{t('sources.byCampaign')}</Typography.Title>
              <Chart
                testId="sources-by-campaign"
                option={{
                  tooltip: { trigger: 'axis' },
                  grid: { left: 140, right: 24, top: 8, bottom: 24 },
                  xAxis: { type: 'value', minInterval: 1 },
                  yAxis: {
                    type: 'category',
                    inverse: true,
                    axisLabel: { width: 130, overflow: 'truncate' },
                    data: data.top.map((c) => c.name ?? t('sources.unknownCampaign', { id: c.campaignId.slice(0, 8) })),
                  },
                  series: [{ type: 'bar', name: t('sources.leads'), data: data.top.map((c) => c.leads) }],
                }}
              />
            </Col>
          </Row>
        </>
      )}
    </Card>
  );
}
