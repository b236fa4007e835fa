import { Chart, Decimation, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration, type ChartEvent } from 'chart.js';
import type { ChartMessage, ToChartWorker } from './trend-chart-protocol';

/**
 * chart.js in a worker, on OffscreenCanvases: building and drawing a chart of thousands of points
 * is long work, here off the page's main thread. Every chart of the page is drawn here, each on
 * the canvas handed over for it and named by its id, so a dozen small multiples are a dozen short
 * tasks in one worker. A worker gets no DOM events, so the page forwards the pointer (for the
 * tooltip) and draws the legend itself, as buttons.
 */

/** Above this many points a line is drawn without dots: thousands of them cost more than the lines and show less. */
const dotsUpTo = 60;

/** A small multiple shows dots up to this many answers; its latest answer always has one. */
const compactDotsUpTo = 24;

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Decimation);
const charts = new Map<number, Chart<'line'>>();

type DrawMessage = Extract<ChartMessage, { kind: 'draw' }>;
type ChartOptions = Omit<DrawMessage, 'kind' | 'canvas' | 'height'>;

/** The time axis runs from the first answer to the last: chart.js's rounded ends would start it long before the first. */
function timeBounds(lines: DrawMessage['lines']): { min?: number; max?: number } {
  const times = lines.flatMap((line) => [line.points[0]?.x, line.points.at(-1)?.x]).filter((x) => x !== undefined);
  if (times.length === 0) return {};
  const min = Math.min(...times);
  const max = Math.max(...times);
  // One answer alone: a day's width around it, or the axis would have no length.
  return min === max ? { min: min - 43_200_000, max: max + 43_200_000 } : { min, max };
}

function compactConfigFor({ min, max, colors, lines, pixelRatio, width }: ChartOptions): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      datasets: lines.map((line) => {
        const dots = line.points.length <= compactDotsUpTo;
        return {
          label: line.label,
          data: line.points,
          borderColor: line.color,
          backgroundColor: line.color,
          borderWidth: 1.5,
          pointRadius: (context) => (context.dataIndex === context.dataset.data.length - 1 ? 3 : dots ? 1.5 : 0),
          tension: 0,
          spanGaps: true,
        };
      }),
    },
    options: {
      animation: false,
      parsing: false,
      normalized: true,
      responsive: false,
      maintainAspectRatio: false,
      devicePixelRatio: pixelRatio,
      events: [],
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

function configFor(options: ChartOptions): ChartConfiguration<'line'> {
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
      animation: false,
      parsing: false,
      normalized: true,
      responsive: false,
      maintainAspectRatio: false,
      devicePixelRatio: pixelRatio,
      // No events reach a worker's canvas: the page sends the pointer as 'hover'.
      events: [],
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

/** OffscreenCanvas is a canvas to chart.js (its docs: "Web Workers"), though its types name only DOM canvases. */
const chartOn = (canvas: OffscreenCanvas, config: ChartConfiguration<'line'>) => new Chart(canvas as unknown as HTMLCanvasElement, config);

function draw(id: number, { canvas, height, ...rest }: DrawMessage) {
  // CSS pixels: chart.js scales the bitmap by devicePixelRatio itself.
  canvas.width = rest.width;
  canvas.height = height;
  charts.set(id, chartOn(canvas, configFor(rest)));
  postMessage({ kind: 'drawn', id });
}

/**
 * chart.js's first chart in a fresh worker takes several times as long as the next, its code being
 * compiled as it first runs: one drawn and dropped while the page still reads its data, so the real one is quick.
 */
function warmUp() {
  const points = Array.from({ length: 250 }, (_, index) => ({ x: index * 86_400_000, y: 1 + (index % 7) }));
  const lines = [0, 1].map((index) => ({ label: `${index}`, color: '#000', hidden: false, points }));
  const colors = { text: '#000', grid: '#000', tooltipBackground: '#000', tooltipText: '#fff' };
  chartOn(new OffscreenCanvas(600, 260), configFor({ language: 'en', min: 1, max: 7, colors, lines, pixelRatio: 1, width: 600, compact: false })).destroy();
  chartOn(new OffscreenCanvas(200, 64), configFor({ language: 'en', min: 1, max: 7, colors, lines: lines.slice(0, 1), pixelRatio: 1, width: 200, compact: true })).destroy();
}

function hover(chart: Chart<'line'> | undefined, x: number, y: number) {
  if (!chart) return;
  const position = { type: 'mousemove', x, y, native: null } satisfies ChartEvent;
  // The event type wants a DOM Event; chart.js reads only x and y of a ChartEvent (getRelativePosition).
  const active = chart.getElementsAtEventForMode(position as unknown as Event, 'nearest', { intersect: false, axis: 'x' }, true);
  chart.setActiveElements(active);
  chart.tooltip?.setActiveElements(active, { x, y });
  chart.update('none');
}

onmessage = (event: MessageEvent<ToChartWorker>) => {
  const message = event.data;
  const chart = charts.get(message.id);
  switch (message.kind) {
    case 'draw':
      draw(message.id, message);
      break;
    case 'resize':
      chart?.resize(message.width, message.height);
      break;
    case 'hover':
      hover(chart, message.x, message.y);
      break;
    case 'leave':
      chart?.setActiveElements([]);
      chart?.tooltip?.setActiveElements([], { x: 0, y: 0 });
      chart?.update('none');
      break;
    case 'show':
      chart?.setDatasetVisibility(message.index, message.shown);
      chart?.update('none');
      break;
    case 'drop':
      chart?.destroy();
      charts.delete(message.id);
      break;
  }
};

warmUp();
