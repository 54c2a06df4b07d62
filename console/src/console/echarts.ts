/**
 * ECharts for the statistics page only: the tree-shaken core with the bar chart, its grid and tooltip,
 * drawn on canvas. Imported dynamically (bar-chart.tsx), so it is a chunk of its own that no other
 * page loads.
 */
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  type GridComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export type BarOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;
export { init, type ECharts };
