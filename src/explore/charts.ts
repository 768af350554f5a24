import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { CJK_FONT } from './dom.js';

echarts.use([BarChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const ROLE_COLOURS: Record<string, string> = { LEAD: '#c53030', RESPONSIBLE: '#2b6cb0', SUPPORT: '#68d391', inferred: '#a0aec0' };

/** Stacked bars: a unit's tasks per year, one colour per role. */
export function tasksByYearChart(el: HTMLElement, years: number[], series: Array<{ role: string; name: string; counts: number[] }>): echarts.ECharts {
  const chart = echarts.init(el, undefined, { renderer: 'canvas' });
  chart.setOption({
    textStyle: { fontFamily: CJK_FONT },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 36, right: 8, top: 28, bottom: 24 },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({ type: 'bar', stack: 'tasks', name: s.name, data: s.counts, itemStyle: { color: ROLE_COLOURS[s.role] } })),
  });
  return chart;
}

export interface TimelinePoint {
  year: number;
  row: string;
  /** Colour group: a role, a status, or 'inferred'. */
  group: string;
  groupName: string;
  tip: string;
}

/** A timeline: years across, one row per unit (or status), a mark per fact; colour by role or status. */
export function timelineChart(el: HTMLElement, points: TimelinePoint[], years: number[]): echarts.ECharts {
  const rows = [...new Set(points.map((p) => p.row))];
  el.style.height = `${Math.max(140, 40 + rows.length * 26)}px`;
  const chart = echarts.init(el, undefined, { renderer: 'canvas' });
  const groups = [...new Map(points.map((p) => [p.group, p.groupName])).entries()];
  chart.setOption({
    textStyle: { fontFamily: CJK_FONT },
    tooltip: { trigger: 'item', formatter: (p: { data: { tip: string } }) => p.data.tip },
    legend: { top: 0 },
    grid: { left: 150, right: 16, top: 30, bottom: 24 },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: true },
    yAxis: { type: 'category', data: rows, axisLabel: { width: 140, overflow: 'truncate' } },
    series: groups.map(([group, name]) => ({
      type: 'scatter', name, symbolSize: 14, itemStyle: { color: ROLE_COLOURS[group] ?? '#d69e2e' },
      data: points.filter((p) => p.group === group).map((p) => ({ value: [String(p.year), p.row], tip: p.tip })),
    })),
  });
  return chart;
}
