import { useEffect, useMemo, useRef } from 'react';
import { useI18n } from './i18n';

export interface ChartSeries {
  label: string;
  points: readonly { at: number; value: number }[];
}

interface Props {
  title: string;
  series: readonly ChartSeries[];
  min: number;
  max: number;
}

const palette = ['#2f6b4f', '#c0632b', '#3a6ea5', '#8e44ad', '#b58900', '#d33682', '#268bd2', '#6c71c4', '#859900'];

/**
 * A line chart with the data as a table beside it (for screen readers and tests). chart.js is
 * loaded only when a chart is shown; animation is off and data is pre-parsed, so large series stay fast.
 */
export function TrendChart({ title, series, min, max }: Props) {
  const { t, language } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }), [language]);

  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void import('chart.js').then(({ Chart, LineController, LineElement, PointElement, LinearScale, Legend, Tooltip, Decimation }) => {
      if (cancelled || !canvas.current) return;
      Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip, Decimation);
      chart = new Chart(canvas.current, {
        type: 'line',
        data: {
          datasets: series.map((line, index) => ({
            label: line.label,
            data: line.points.map((point) => ({ x: point.at, y: point.value })),
            borderColor: palette[index % palette.length],
            backgroundColor: palette[index % palette.length],
            tension: 0.2,
          })),
        },
        options: {
          animation: false,
          parsing: false,
          normalized: true,
          maintainAspectRatio: false,
          scales: {
            x: { type: 'linear', ticks: { callback: (value) => dateFormat.format(Number(value)), maxTicksLimit: 6 } },
            y: { min, max, ticks: { stepSize: 1 } },
          },
          plugins: { decimation: { enabled: true, algorithm: 'lttb', samples: 200 }, legend: { position: 'bottom', labels: { boxWidth: 12 } } },
        },
      });
      // For `npm run bench`: the first chart on screen.
      performance.mark('coachbar:chart');
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [series, min, max, dateFormat]);

  return (
    <figure className="trend-chart">
      <figcaption>{title}</figcaption>
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label={title} />
      </div>
      <details>
        <summary>{t('people.dataTable')}</summary>
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
      </details>
    </figure>
  );
}
