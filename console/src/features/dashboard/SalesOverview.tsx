import { Card, Col, Empty, Row, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { dashboardApi } from './api';
import { Chart } from './charts';
import { DueFollowUps } from './DueFollowUps';
import { formatTotals, sumByCurrency } from '../../shared/money';
import { endOfToday, periodOf } from './period';
import type { DealTeamReport, PipelineStage } from './types';
import { useReport } from './useReport';

/** A salesperson's own figures: leads held, follow-ups due today, the last 30 days' work, and the pipeline. */
export function SalesOverview() {
  const { t, i18n } = useTranslation('dashboard');
  const { user } = useAuth();
  const period = periodOf('last30');
  const figures = useReport(
    () => Promise.all([dashboardApi.leadTeam(period, endOfToday()), dashboardApi.dealTeam(period)]),
    `sales:${user.id}`,
  );
  const pipeline = useReport(dashboardApi.pipeline, `pipeline:${user.id}`);
  const [leads, deals] = figures.data ?? [];
  const mine = leads?.rows.find((r) => r.ownerId === user.id);
  return (
    <Card title={t('title.sales')} data-testid="sales-overview">
      <ErrorAlert error={figures.error} style={{ marginBottom: 16 }} />
      <Skeleton loading={figures.loading && !figures.data} active>
        <Row gutter={[16, 16]}>
          <Figure title={t('card.leadsHeld')} value={mine?.leadsHeld ?? 0} />
          <Figure title={t('card.followUpsDue')} value={mine?.followUpsDue ?? 0} testId="follow-ups-due" />
          <Figure title={`${t('card.followUps')}（${t('period.last30')}）`} value={mine?.followUps ?? 0} />
          <Figure title={`${t('card.conversions')}（${t('period.last30')}）`} value={mine?.conversions ?? 0} />
          <Figure title={`${t('card.won')}（${t('period.last30')}）`} value={wonOf(deals, i18n.language)} />
        </Row>
      </Skeleton>
      <Row gutter={16} style={{ marginTop: 24 }}>
        <Col xs={24} lg={14}>
          <Card type="inner" title={t('pipeline.title')}>
            <ErrorAlert error={pipeline.error} />
            <PipelineChart stages={pipeline.data} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <DueFollowUps />
        </Col>
      </Row>
    </Card>
  );
}

function Figure({ title, value, testId }: { title: string; value: number | string; testId?: string }) {
  return (
    <Col xs={12} md={8} xl={4} data-testid={testId}>
      <Statistic title={title} value={value} />
    </Col>
  );
}

function wonOf(deals: DealTeamReport | undefined, locale: string): string {
  const won = sumByCurrency((deals?.rows ?? []).map((r) => ({ currency: r.currency, amount: r.wonAmount })));
  return formatTotals(won, locale);
}

function PipelineChart({ stages }: { stages?: PipelineStage[] }) {
  const { t, i18n } = useTranslation('dashboard');
  const open = (stages ?? []).filter((s) => s.open);
  if (stages && open.every((s) => s.count === 0)) return <Empty description={t('pipeline.empty')} />;
  return (
    <Chart
      testId="pipeline-chart"
      option={{
        tooltip: {
          trigger: 'axis',
          formatter: (items: { dataIndex: number }[]) => {
            const stage = open[items[0]?.dataIndex ?? 0];
            if (!stage) return '';
            const amounts = stage.totals.map((x) => ({ currency: x.currency, amount: x.amount }));
            return `${stage.name}<br/>${t('pipeline.count')}: ${stage.count}<br/>${t('pipeline.amount')}: ${formatTotals(amounts, i18n.language)}`;
          },
        },
        grid: { left: 40, right: 16, top: 16, bottom: 32 },
        xAxis: { type: 'category', data: open.map((s) => s.name) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', name: t('pipeline.count'), data: open.map((s) => s.count), itemStyle: { color: '#1677ff' } }],
      }}
    />
  );
}
