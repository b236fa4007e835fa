import { Chart, Decimation, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration, type ChartEvent } from 'chart.js';
import { configFor } from './trend-chart-config';
import type { ChartMessage, ToChartWorker } from './trend-chart-protocol';

/**
 * chart.js in a worker, on OffscreenCanvases: building and drawing a chart of thousands of points
 * is long work, here off the page's main thread. Every chart of the page is drawn here, each on
 * the canvas handed over for it and named by its id, so a dozen small multiples are a dozen short
 * tasks in one worker. A worker gets no DOM events, so the page forwards the pointer (for the
 * tooltip) and draws the legend itself, as buttons.
 */

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Decimation);
const charts = new Map<number, Chart<'line'>>();

type DrawMessage = Extract<ChartMessage, { kind: 'draw' }>;

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
