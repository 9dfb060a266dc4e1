import type { EChartsOption } from 'echarts';
import type { TFunction } from 'i18next';
import { decimalText, formatMoney, formatPercent } from './money';
import type { CampaignStats, Money } from './types';

/** The funnel's steps, each with its conversion from the step before (the API's `conversion`). */
export function funnelSteps(stats: CampaignStats) {
  const c = stats.conversion;
  return [
    { key: 'uniqueVisitors', value: stats.uniqueVisitors, rate: undefined as Money | null | undefined },
    { key: 'members', value: stats.members, rate: c.visitorsToMembers },
    { key: 'leads', value: stats.leads, rate: c.membersToLeads },
    { key: 'customers', value: stats.customers, rate: c.leadsToCustomers },
    { key: 'opportunities', value: stats.opportunities, rate: c.customersToOpportunities },
    { key: 'wonOpportunities', value: stats.wonOpportunities, rate: c.opportunitiesToWon },
    { key: 'contracts', value: stats.contracts, rate: c.wonToContracts },
  ];
}

export function funnelOption(stats: CampaignStats, t: TFunction, locale: string): EChartsOption {
  const steps = funnelSteps(stats);
  const top = Math.max(1, ...steps.map((s) => s.value));
  return {
    tooltip: { trigger: 'item' },
    series: [{
      type: 'funnel',
      left: '10%',
      width: '80%',
      min: 0,
      max: top,
      // a step at 0 keeps a thin bar, so its label stays inside and readable
      minSize: '12%',
      sort: 'none',
      gap: 2,
      label: { show: true, position: 'inside', formatter: '{b}: {c}' },
      data: steps.map((s) => ({
        name: t(`campaigns:data.${s.key}`),
        value: s.value,
        tooltip: { formatter: s.rate === undefined ? `${t(`campaigns:data.${s.key}`)}: ${s.value}` : `${t(`campaigns:data.${s.key}`)}: ${s.value}<br/>${t('campaigns:data.rate')} ${formatPercent(s.rate, locale)}` },
      })),
    }],
  };
}

export function dailyCountsOption(stats: CampaignStats, t: TFunction): EChartsOption {
  const keys = ['views', 'uniqueVisitors', 'members', 'leads', 'customers'] as const;
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: stats.daily.map((d) => d.day) },
    yAxis: { type: 'value', minInterval: 1 },
    series: keys.map((key) => ({ name: t(`campaigns:data.${key}`), type: 'line', smooth: true, data: stats.daily.map((d) => d[key]) })),
  };
}

/**
 * The amounts per day as bars. The bar heights are numbers (drawing needs them); the tooltip shows the exact
 * decimal strings the API sent, with the currency.
 */
export function dailyAmountsOption(stats: CampaignStats, t: TFunction, locale: string): EChartsOption {
  const keys = ['contractAmount', 'collectedAmount'] as const;
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const list = params as { dataIndex: number; seriesIndex: number; marker: string; seriesName: string }[];
        const day = stats.daily[list[0]?.dataIndex ?? 0];
        return [day?.day, ...list.map((p) => `${p.marker}${p.seriesName}: ${formatMoney(day?.[keys[p.seriesIndex]], stats.currency, locale)}`)].join('<br/>');
      },
    },
    legend: { top: 0 },
    grid: { left: 60, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: stats.daily.map((d) => d.day) },
    yAxis: { type: 'value', name: stats.currency },
    series: keys.map((key) => ({
      name: t(`campaigns:data.${key}`),
      type: 'bar',
      data: stats.daily.map((d) => Number(decimalText(d[key]) ?? 0)),
    })),
  };
}
