/** A chart worker started ahead, while the page still reads its data: loading chart.js into it takes a while. */
let spare: Worker | undefined;

function spawn(): Worker {
  return new Worker(new URL('./trend-chart.worker.ts', import.meta.url), { type: 'module' });
}

/** For a page about to show a chart: starts the worker its first chart will draw in. */
export function startChartWorker(): void {
  spare ??= spawn();
}

/** The worker started ahead, else a new one; the caller owns it and terminates it. */
export function takeChartWorker(): Worker {
  const worker = spare ?? spawn();
  spare = undefined;
  return worker;
}
