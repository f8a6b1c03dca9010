// The one place ECharts is assembled: only the core, the chart kinds and components the console
// draws, and the canvas renderer. Imported by chart components only, so it lands in the chunks of
// the pages that draw charts, never in the login page's or the workbench's JavaScript.
import { BarChart, PieChart, type BarSeriesOption, type PieSeriesOption } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent, type GridComponentOption, type LegendComponentOption, type TooltipComponentOption } from "echarts/components";
import { init, use, type ComposeOption, type ECElementEvent, type EChartsType } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";

use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<BarSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;
export type { ECElementEvent, EChartsType };
export { init };
