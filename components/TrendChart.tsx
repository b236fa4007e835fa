import { useEffect, useMemo, useRef, useState } from 'react';
import { takeChartWorker } from './chart-worker';
import { useI18n } from './i18n';
import { useTheme } from './theme';
import type { Theme } from '@/utils/theme/choose';
import type { ChartColors, FromChartWorker, ToChartWorker } from './trend-chart-protocol';

export interface ChartSeries {
  label: string;
  points: readonly { at: number; value: number }[];
}

interface Props {
  title: string;
  /** Keep the same array between renders (useMemo): a new one draws the chart anew. */
  series: readonly ChartSeries[];
  min: number;
  max: number;
}

/** Line colours, each at least 3:1 against its theme's background (WCAG 1.4.11). */
const palettes: Record<Theme, readonly string[]> = {
  light: ['#2f6b4f', '#c0632b', '#3a6ea5', '#8e44ad', '#9a7400', '#d33682', '#1f78b8', '#6c71c4', '#677600'],
  dark: ['#7cc4a0', '#f0965a', '#7fb0e6', '#c692e0', '#e0c050', '#f07ab8', '#5fb8f0', '#a8acf5', '#b8cc4a'],
};
const colorOf = (theme: Theme, index: number) => palettes[theme][index % palettes[theme].length]!;

/** The chart's colours from the page's tokens (components/base.css), in the theme applied now. */
function chartColors(): ChartColors {
  const style = getComputedStyle(document.documentElement);
  const token = (name: string) => style.getPropertyValue(name).trim();
  return { text: token('--muted'), grid: token('--line'), tooltipBackground: token('--toast-bg'), tooltipText: token('--toast-ink') };
}

/**
 * A line chart with the data as a table beside it (for screen readers and tests). chart.js runs
 * in a worker (trend-chart.worker.ts) on a canvas handed over to it, so however many points, the
 * page stays responsive; the legend is buttons here that show and hide the lines.
 */
export function TrendChart({ title, series, min, max }: Props) {
  const { t, language } = useI18n();
  const theme = useTheme();
  const box = useRef<HTMLDivElement>(null);
  const worker = useRef<Worker | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<number>>(() => new Set());
  // The lines hidden at the next drawing: a ref, so hiding a line does not draw the chart anew.
  const hiddenWhenDrawn = useRef(hidden);
  // Thousands of rows in a closed <details> would only slow the first render: made when opened.
  const [tableOpen, setTableOpen] = useState(false);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }), [language]);

  useEffect(() => {
    const container = box.current;
    // Without OffscreenCanvas (jsdom in tests) there is no chart, only the legend and the table.
    if (!container || !('transferControlToOffscreen' in HTMLCanvasElement.prototype)) return;
    // A canvas can be handed to a worker once: each drawing gets a canvas of its own.
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', title);
    container.append(canvas);
    const chartWorker = takeChartWorker();
    worker.current = chartWorker;
    const send = (message: ToChartWorker, transfer: Transferable[] = []) => chartWorker.postMessage(message, transfer);
    chartWorker.onmessage = (event: MessageEvent<FromChartWorker>) => {
      // For `npm run bench`: the first chart on screen.
      if (event.data.kind === 'drawn') performance.mark('coachbar:chart');
    };
    let handedOver = false;
    // The first size comes right after layout, so reading it forces no layout of the page.
    const sizes = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      if (handedOver) return send({ kind: 'resize', width, height });
      handedOver = true;
      const offscreen = canvas.transferControlToOffscreen();
      const lines = series.map((line, index) => ({
        label: line.label,
        color: colorOf(theme, index),
        hidden: hiddenWhenDrawn.current.has(index),
        points: line.points.map((point) => ({ x: point.at, y: point.value })),
      }));
      send({ kind: 'draw', canvas: offscreen, width, height, pixelRatio: devicePixelRatio, language, min, max, colors: chartColors(), lines }, [offscreen]);
    });
    sizes.observe(container);
    const hover = (event: PointerEvent) => send({ kind: 'hover', x: event.offsetX, y: event.offsetY });
    const leave = () => send({ kind: 'leave' });
    canvas.addEventListener('pointermove', hover);
    canvas.addEventListener('pointerleave', leave);
    return () => {
      sizes.disconnect();
      chartWorker.terminate();
      worker.current = null;
      canvas.remove();
    };
  }, [series, min, max, language, title, theme]);

  const toggle = (index: number) => {
    const show = hidden.has(index);
    const next = new Set(hidden);
    if (show) next.delete(index);
    else next.add(index);
    setHidden(next);
    hiddenWhenDrawn.current = next;
    worker.current?.postMessage({ kind: 'show', index, shown: show } satisfies ToChartWorker);
  };

  return (
    <figure className="trend-chart">
      <figcaption>{title}</figcaption>
      <div className="chart-box" ref={box} />
      <ul className="chart-legend">
        {series.map((line, index) => (
          <li key={line.label}>
            <button type="button" aria-pressed={!hidden.has(index)} onClick={() => toggle(index)}>
              <span className="chart-swatch" style={{ background: colorOf(theme, index) }} aria-hidden="true" />
              {line.label}
            </button>
          </li>
        ))}
      </ul>
      <details onToggle={(event) => setTableOpen(event.currentTarget.open)}>
        <summary>{t('people.dataTable')}</summary>
        {tableOpen && (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('people.statement')}</th>
                <th scope="col">{t('people.date')}</th>
                <th scope="col">{t('people.value')}</th>
              </tr>
            </thead>
            <tbody>
              {series.flatMap((line) =>
                line.points.map((point) => (
                  <tr key={`${line.label}-${point.at}`}>
                    <td>{line.label}</td>
                    <td>{dateFormat.format(point.at)}</td>
                    <td>{point.value}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        )}
      </details>
    </figure>
  );
}
