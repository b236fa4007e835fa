/** The page's colour tokens the chart is drawn in, read where the theme is known (a worker has no CSS). */
export interface ChartColors {
  /** Tick labels. */
  text: string;
  grid: string;
  tooltipBackground: string;
  tooltipText: string;
}

/** What TrendChart tells its worker, which owns chart.js and draws on the transferred canvas. */
export type ToChartWorker =
  | {
      kind: 'draw';
      canvas: OffscreenCanvas;
      width: number;
      height: number;
      pixelRatio: number;
      language: string;
      min: number;
      max: number;
      colors: ChartColors;
      lines: { label: string; color: string; hidden: boolean; points: { x: number; y: number }[] }[];
    }
  | { kind: 'resize'; width: number; height: number }
  | { kind: 'hover'; x: number; y: number }
  | { kind: 'leave' }
  | { kind: 'show'; index: number; shown: boolean };

export type FromChartWorker = { kind: 'drawn' };
