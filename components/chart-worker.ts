import type { ChartMessage, FromChartWorker, ToChartWorker } from './trend-chart-protocol';

/**
 * One worker draws every chart of the page, however many: a person's small multiples are a dozen
 * charts, and a worker each would load chart.js a dozen times. It lives as long as the page.
 */
let worker: Worker | undefined;
const whenDrawn = new Map<number, () => void>();
let lastId = 0;

function chartWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./trend-chart.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FromChartWorker>) => whenDrawn.get(event.data.id)?.();
  }
  return worker;
}

/** For a page about to show a chart: starts the worker while the page still reads its data, as loading chart.js into it takes a while. */
export function startChartWorker(): void {
  chartWorker();
}

export interface WorkerChart {
  post(message: ChartMessage, transfer?: Transferable[]): void;
  /** Drops the chart in the worker; nothing is posted after. */
  close(): void;
}

/** A chart of its own in the page's chart worker; `onDrawn` hears each time it is drawn. */
export function openChart(onDrawn: () => void): WorkerChart {
  const id = (lastId += 1);
  const target = chartWorker();
  whenDrawn.set(id, onDrawn);
  return {
    post: (message, transfer = []) => target.postMessage({ ...message, id } satisfies ToChartWorker, transfer),
    close: () => {
      whenDrawn.delete(id);
      target.postMessage({ kind: 'drop', id } satisfies ToChartWorker);
    },
  };
}
