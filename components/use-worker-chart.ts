import { useEffect, useRef, type RefObject } from 'react';
import { openChart, type WorkerChart } from './chart-worker';
import type { ChartColors, ChartLine } from './trend-chart-protocol';

/** The chart's colours from the page's tokens (components/base.css), in the theme applied now. */
function chartColors(): ChartColors {
  const style = getComputedStyle(document.documentElement);
  const token = (name: string) => style.getPropertyValue(name).trim();
  return { text: token('--muted'), grid: token('--line'), tooltipBackground: token('--toast-bg'), tooltipText: token('--toast-ink') };
}

export interface WorkerChartOptions {
  /** The canvas's accessible name; none hides the canvas from assistive technology (its figure says it in words). */
  label?: string;
  language: string;
  min: number;
  max: number;
  compact: boolean;
  /** Keep the same array between renders (useMemo): a new one draws the chart anew. */
  lines: readonly Omit<ChartLine, 'hidden'>[];
  /** Lines drawn hidden: read when the chart is drawn, so hiding one alone draws nothing anew. */
  hidden?: ReadonlySet<number>;
  onDrawn: () => void;
}

/**
 * Draws a chart in the page's chart worker on a canvas made in `box`, once the box has its size;
 * forwards the pointer to the worker for the tooltip (not for compact charts, which have none).
 * Answers the chart, to send it more (lines shown or hidden), or null while there is none.
 */
export function useWorkerChart(box: RefObject<HTMLDivElement | null>, options: WorkerChartOptions): RefObject<WorkerChart | null> {
  const chart = useRef<WorkerChart | null>(null);
  // Read when drawn, not reasons to draw anew.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const { label, language, min, max, compact, lines } = options;

  useEffect(() => {
    const container = box.current;
    // Without OffscreenCanvas (jsdom in tests) there is no chart, only the words and the table.
    if (!container || !('transferControlToOffscreen' in HTMLCanvasElement.prototype)) return;
    // A canvas can be handed to a worker once: each drawing gets a canvas of its own.
    const canvas = document.createElement('canvas');
    if (label === undefined) canvas.setAttribute('aria-hidden', 'true');
    else {
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', label);
    }
    container.append(canvas);
    const opened = openChart(() => latest.current.onDrawn());
    chart.current = opened;
    let handedOver = false;
    // The first size comes right after layout, so reading it forces no layout of the page.
    const sizes = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      if (handedOver) return opened.post({ kind: 'resize', width, height });
      handedOver = true;
      const offscreen = canvas.transferControlToOffscreen();
      const message = { kind: 'draw', canvas: offscreen, width, height, pixelRatio: devicePixelRatio, language, min, max, compact, colors: chartColors(), lines: lines.map((line, index) => ({ ...line, hidden: latest.current.hidden?.has(index) ?? false })) } as const;
      opened.post(message, [offscreen]);
    });
    sizes.observe(container);
    const hover = (event: PointerEvent) => opened.post({ kind: 'hover', x: event.offsetX, y: event.offsetY });
    const leave = () => opened.post({ kind: 'leave' });
    if (!compact) {
      canvas.addEventListener('pointermove', hover);
      canvas.addEventListener('pointerleave', leave);
    }
    return () => {
      sizes.disconnect();
      opened.close();
      chart.current = null;
      canvas.remove();
    };
  }, [box, label, language, min, max, compact, lines]);

  return chart;
}
