import ReactEChartsCore from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

// Only the charts this area draws, so its chunk does not carry the whole of ECharts.
echarts.use([FunnelChart, LineChart, BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** An ECharts chart (SVG: crisp in screenshots and on high-density screens). */
export function Chart({ option, height = 320, testId }: { option: EChartsOption; height?: number; testId?: string }) {
  return (
    <div data-testid={testId}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge opts={{ renderer: 'svg' }} style={{ height, width: '100%' }} />
    </div>
  );
}
