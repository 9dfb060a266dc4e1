import ReactEChartsCore from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart as Bars } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

// Only what the deals charts draw (bars, axes, legend, tooltip): a fraction of the whole ECharts bundle.
echarts.use([Bars, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** A bar chart (forecast, aging). Heights only: the exact amounts are always in the table beside it. */
export function BarChart({ option, height = 300 }: { option: EChartsOption; height?: number }) {
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height }} />;
}
