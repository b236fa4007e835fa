import { Chart, Decimation, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration, type ChartEvent } from 'chart.js';
import type { FromChartWorker, ToChartWorker } from './trend-chart-protocol';

/**
 * chart.js in a worker, on an OffscreenCanvas: building and drawing a chart of thousands of points
 * is long work, here off the page's main thread. A worker gets no DOM events, so the page
 * forwards the pointer (for the tooltip) and draws the legend itself, as buttons.
 */

/** Above this many points a line is drawn without dots: thousands of them cost more than the lines and show less. */
const dotsUpTo = 60;

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Decimation);
let chart: Chart<'line'> | undefined;

const post = (message: FromChartWorker) => postMessage(message);

type DrawMessage = Extract<ToChartWorker, { kind: 'draw' }>;

function configFor({ language, min, max, colors, lines, pixelRatio }: Omit<DrawMessage, 'kind' | 'canvas' | 'width' | 'height'>): ChartConfiguration<'line'> {
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

function draw({ canvas, width, height, ...rest }: DrawMessage) {
  // CSS pixels: chart.js scales the bitmap by devicePixelRatio itself.
  canvas.width = width;
  canvas.height = height;
  chart = chartOn(canvas, configFor(rest));
  post({ kind: 'drawn' });
}

/**
 * chart.js's first chart in a fresh worker takes several times as long as the next, its code being
 * compiled as it first runs: one drawn and dropped while the page still reads its data, so the real one is quick.
 */
function warmUp() {
  const points = Array.from({ length: 250 }, (_, index) => ({ x: index * 86_400_000, y: 1 + (index % 7) }));
  const lines = [0, 1].map((index) => ({ label: `${index}`, color: '#000', hidden: false, points }));
  const colors = { text: '#000', grid: '#000', tooltipBackground: '#000', tooltipText: '#fff' };
  chartOn(new OffscreenCanvas(600, 260), configFor({ language: 'en', min: 1, max: 7, colors, lines, pixelRatio: 1 })).destroy();
}

function hover(x: number, y: number) {
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
  switch (message.kind) {
    case 'draw':
      draw(message);
      break;
    case 'resize':
      chart?.resize(message.width, message.height);
      break;
    case 'hover':
      hover(message.x, message.y);
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
  }
};

warmUp();
