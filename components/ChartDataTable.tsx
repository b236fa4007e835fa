import { useMemo, useState } from 'react';
import { useI18n } from './i18n';

export interface ChartSeries {
  label: string;
  points: readonly { at: number; value: number }[];
}

/** The data behind a chart, for screen readers and for reading exact values: made only when opened, as thousands of rows would slow the first render. */
export function ChartDataTable({ series }: { series: readonly ChartSeries[] }) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }), [language]);
  return (
    <details className="chart-data" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('people.dataTable')}</summary>
      {open && (
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
  );
}
