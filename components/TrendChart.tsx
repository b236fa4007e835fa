import { useMemo, useRef, useState } from 'react';
import { ChartDataTable, type ChartSeries } from './ChartDataTable';
import { useI18n } from './i18n';
import { useTheme } from './theme';
import { useWorkerChart } from './use-worker-chart';
import type { Theme } from '@/utils/theme/choose';

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
export const colorOf = (theme: Theme, index: number) => palettes[theme][index % palettes[theme].length]!;

/**
 * A line chart with the data as a table beside it (for screen readers and tests). chart.js runs
 * in the page's chart worker (trend-chart.worker.ts) on a canvas handed over to it, so however
 * many points, the page stays responsive; the legend is buttons here that show and hide the lines.
 */
export function TrendChart({ title, series, min, max }: Props) {
  const { language } = useI18n();
  const theme = useTheme();
  const box = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState<ReadonlySet<number>>(() => new Set());
  const lines = useMemo(
    () => series.map((line, index) => ({ label: line.label, color: colorOf(theme, index), points: line.points.map((point) => ({ x: point.at, y: point.value })) })),
    [series, theme],
  );
  const chart = useWorkerChart(box, {
    label: title,
    language,
    min,
    max,
    compact: false,
    lines,
    hidden,
    // For `npm run bench`: a chart on screen.
    onDrawn: () => performance.mark('coachbar:chart'),
  });

  const toggle = (index: number) => {
    const show = hidden.has(index);
    const next = new Set(hidden);
    if (show) next.delete(index);
    else next.add(index);
    setHidden(next);
    chart.current?.post({ kind: 'show', index, shown: show });
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
      <ChartDataTable series={series} />
    </figure>
  );
}
