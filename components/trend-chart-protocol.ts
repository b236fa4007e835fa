/** The page's colour tokens the chart is drawn in, read where the theme is known (a worker has no CSS). */
export interface ChartColors {
  /** Tick labels. */
  text: string;
  grid: string;
  tooltipBackground: string;
  tooltipText: string;
}

export interface ChartLine {
  label: string;
  color: string;
  hidden: boolean;
  points: { x: number; y: number }[];
}

/**
 * What the page tells its chart worker, which owns chart.js and draws every chart of the page,
 * each on its own transferred canvas and named by the id the page gave it.
 */
export type ChartMessage =
  | {
      kind: 'draw';
      canvas: OffscreenCanvas;
      width: number;
      height: number;
      pixelRatio: number;
      language: string;
      min: number;
      max: number;
      /** A small multiple: no time axis, the scale's ends only, the latest answer marked. */
      compact: boolean;
      colors: ChartColors;
      lines: ChartLine[];
    }
  | { kind: 'resize'; width: number; height: number }
  | { kind: 'hover'; x: number; y: number }
  | { kind: 'leave' }
  | { kind: 'show'; index: number; shown: boolean }
  /** The chart left the page: its chart.js instance goes too. */
  | { kind: 'drop' };

export type ToChartWorker = ChartMessage & { id: number };

export type FromChartWorker = { kind: 'drawn'; id: number };
