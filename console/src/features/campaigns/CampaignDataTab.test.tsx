import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { EChartsOption } from 'echarts';
import { configureApi } from '../../api/client';
import { fakeFetch, renderAs, userWith } from '../../test/render';
import { CampaignDataTab } from './CampaignDataTab';
import { campaignOf, statisticValue, statsOf } from './testData';

// the charts' options are what this area decides; drawing them is ECharts' business
vi.mock('./Chart', () => ({
  Chart: ({ option, testId }: { option: EChartsOption; testId?: string }) => {
    (globalThis as Record<string, unknown>)[`chart:${testId}`] = option;
    return <div data-testid={testId} />;
  },
}));
const chartOption = (testId: string) => (globalThis as Record<string, unknown>)[`chart:${testId}`] as EChartsOption & { series: { data: unknown[]; tooltip?: unknown }[] };
const spaces = (text: string | null | undefined) => text?.replace(/\s/g, ' ');

describe('campaign data', () => {
  beforeEach(() => configureApi({ token: () => 'test-token' }));
  afterEach(() => vi.unstubAllGlobals());

  it('shows cost, contracts and collected exactly with the currency, ROI as a percentage, other currencies apart', async () => {
    const api = fakeFetch(() => ({ body: statsOf({ contractAmount: '12345678901234567.89' }) }));
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-finance'), <CampaignDataTab campaign={campaignOf(1, { status: 'PUBLISHED' })} />);

    const roi = await screen.findByTestId('campaign-roi');
    const figure = (title: string) => statisticValue(roi, title);
    expect(figure('活动成本')).toBe('CNY 100,000.00');
    expect(figure('合同金额')).toBe('CNY 12,345,678,901,234,567.89');
    expect(figure('已回款')).toBe('CNY 1,500,000.00');
    expect(figure('ROI（按合同金额）')).toBe('4,900%');
    expect(figure('ROI（按回款）')).toBe('1,400%');
    expect(spaces(within(roi).getByText('USD').closest('tr')!.textContent)).toContain('USD 70,000.00');
    expect(api.calls[0].url.pathname).toBe(`/api/v1/campaigns/${campaignOf(1).id}/stats`);
  });

  it('draws the funnel from visitors to contracts with each step\'s conversion, and the per-day series', async () => {
    vi.stubGlobal('fetch', fakeFetch(() => ({ body: statsOf() })).fn);
    renderAs(userWith('crm-marketing'), <CampaignDataTab campaign={campaignOf(1, { status: 'PUBLISHED' })} />);
    await screen.findByTestId('funnel-chart');

    const funnel = chartOption('funnel-chart').series[0].data as { name: string; value: number; tooltip: { formatter: string } }[];
    expect(funnel.map((d) => [d.name, d.value])).toEqual([
      ['访客数', 80], ['成员', 10], ['线索', 9], ['客户', 3], ['商机', 2], ['赢单', 1], ['合同', 1],
    ]);
    expect(funnel[1].tooltip.formatter).toContain('12.5%');
    expect(funnel[3].tooltip.formatter).toContain('33.33%');

    const counts = chartOption('daily-counts-chart');
    expect((counts.xAxis as { data: string[] }).data).toEqual(['2026-12-01', '2026-12-02']);
    expect(counts.series[0].data).toEqual([100, 20]);
    const amounts = chartOption('daily-amounts-chart') as unknown as { tooltip: { formatter: (p: unknown) => string } };
    expect(spaces(amounts.tooltip.formatter([{ dataIndex: 1, seriesIndex: 0, marker: '', seriesName: '合同金额' }]))).toContain('合同金额: CNY 5,000,000.00');
  });

  it('says there is no ROI when the cost is 0', async () => {
    vi.stubGlobal('fetch', fakeFetch(() => ({ body: statsOf({ cost: 0, roi: null, roiCollected: null }) })).fn);
    renderAs(userWith('crm-marketing'), <CampaignDataTab campaign={campaignOf(1)} />);
    expect(await screen.findAllByText('成本为 0，无法计算 ROI')).toHaveLength(2);
  });
});
