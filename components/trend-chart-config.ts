import type { ChartConfiguration, ChartOptions as ChartJsOptions } from 'chart.js';
import type { ChartMessage } from './trend-chart-protocol';

/** chart.js configurations of the page's charts, built in the chart worker (trend-chart.worker.ts). */

/** Above this many points a line is drawn without dots: thousands of them cost more than the lines and show less. */
const dotsUpTo = 60;

/** A small multiple shows dots up to this many answers; its latest answer always has one. */
const compactDotsUpTo = 24;

type DrawMessage = Extract<ChartMessage, { kind: 'draw' }>;
/** What a chart is drawn from: the draw message without its canvas. */
export type ChartOptions = Omit<DrawMessage, 'kind' | 'canvas' | 'height'>;

/** The time axis runs from the first answer to the last: chart.js's rounded ends would start it long before the first. */
function timeBounds(lines: DrawMessage['lines']): { min?: number; max?: number } {
  const times = lines.flatMap((line) => [line.points[0]?.x, line.points.at(-1)?.x]).filter((x) => x !== undefined);
  if (times.length === 0) return {};
  const min = Math.min(...times);
  const max = Math.max(...times);
  // One answer alone: a day's width around it, or the axis would have no length.
  return min === max ? { min: min - 43_200_000, max: max + 43_200_000 } : { min, max };
}

/** A line colour (#rrggbb, as the palettes give them) at half its opacity. */
export function faint(color: string): string {
  return `${color}80`;
}

/**
 * Every chart's conventions: drawn once in the worker from data already in chart.js's own shape,
 * no animation, no resizing of its own, and no events (none reach a worker's canvas: the page
 * sends the pointer as 'hover').
 */
function drawnInTheWorker(pixelRatio: number): ChartJsOptions<'line'> {
  return { animation: false, parsing: false, normalized: true, responsive: false, maintainAspectRatio: false, devicePixelRatio: pixelRatio, events: [] };
}

function compactConfigFor({ min, max, colors, lines, pixelRatio, width }: ChartOptions): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      // The answers first, with their latest marked; a rolling average or trend after them, a bold line without
      // dots drawn on top (chart.js draws the lowest `order` last), the answers then faint and thin beneath it.
      datasets: lines.map((line, index) => {
        const dots = index === 0 && line.points.length <= compactDotsUpTo;
        const underneath = index === 0 && lines.length > 1;
        return {
          label: line.label,
          data: line.points,
          borderColor: underneath ? faint(line.color) : line.color,
          backgroundColor: line.color,
          borderWidth: index > 0 ? 3 : underneath ? 1 : 1.5,
          order: index > 0 ? 0 : 1,
          pointRadius: (context) => (index > 0 ? 0 : context.dataIndex === context.dataset.data.length - 1 ? 3 : dots ? 1.5 : 0),
          tension: 0,
          spanGaps: true,
        };
      }),
    },
    options: {
      ...drawnInTheWorker(pixelRatio),
      layout: { padding: { top: 4, right: 4 } },
      scales: {
        x: { type: 'linear', display: false, ...timeBounds(lines) },
        // The scale's two ends only: every small multiple has the same scale, so the eye compares them.
        y: { min, max, ticks: { stepSize: max - min, color: colors.text, font: { size: 10 } }, grid: { color: colors.grid }, border: { display: false } },
      },
      plugins: { decimation: { enabled: true, algorithm: 'lttb', samples: Math.max(2, Math.round(width)) }, tooltip: { enabled: false } },
    },
  };
}

export function configFor(options: ChartOptions): ChartConfiguration<'line'> {
  if (options.compact) return compactConfigFor(options);
  const { language, min, max, colors, lines, pixelRatio } = options;
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  return {
    type: 'line',
    data: {
      datasets: lines.map((line) => {
        const dots = line.points.length <= dotsUpTo;
        return {
          label: line.label,
          data: line.points,
          borderColor: line.color,
          backgroundColor: line.color,
          borderWidth: dots ? 3 : 1.5,
          pointRadius: dots ? 3 : 0,
          tension: dots ? 0.2 : 0,
          spanGaps: true,
          hidden: line.hidden,
        };
      }),
    },
    options: {
      ...drawnInTheWorker(pixelRatio),
      scales: {
        // No label rotation: chart.js need not measure every tick label to fit them.
        x: {
          type: 'linear',
          ...timeBounds(lines),
          ticks: { callback: (value) => dateFormat.format(Number(value)), maxTicksLimit: 6, maxRotation: 0, color: colors.text },
          grid: { color: colors.grid },
          border: { color: colors.grid },
        },
        y: { min, max, ticks: { stepSize: 1, color: colors.text }, grid: { color: colors.grid }, border: { color: colors.grid } },
      },
      plugins: {
        decimation: { enabled: true, algorithm: 'lttb', samples: 200 },
        tooltip: {
          backgroundColor: colors.tooltipBackground,
          titleColor: colors.tooltipText,
          bodyColor: colors.tooltipText,
          callbacks: { title: ([item]) => (item?.parsed.x == null ? '' : dateFormat.format(item.parsed.x)) },
        },
      },
    },
  };
}
