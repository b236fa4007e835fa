import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef } from 'react';
import { ChartDataTable } from '@/components/ChartDataTable';
import { listeningHistoryQuery } from '@/components/data/queries';
import { useI18n } from '@/components/i18n';
import { useTheme } from '@/components/theme';
import { colorOf } from '@/components/TrendChart';
import { useWorkerChart } from '@/components/use-worker-chart';
import { managerShare } from '@/utils/listening/totals';
import { shareTrend, type SharePoint } from '@/utils/listening/trend';
import { withinRange, type TimeRange } from '@/utils/ratings/range';
import { localDayNow } from '@/utils/sessions/day';

/**
 * The manager's share of the talking per measured 1:1 with this person, in the person view's range:
 * a small chart like the ratings' (drawn in the page's chart worker) with its trend line, the last
 * share and the trend in words, and the data in a table. Nothing at all for a person never measured.
 */
export function ListeningChart({ personId, range, today }: { personId: string; range: TimeRange; today: string }) {
  const { t, language } = useI18n();
  const history = useQuery(listeningHistoryQuery(personId));
  const theme = useTheme();
  const box = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const title = t('listening.chartTitle');
  const measured = useMemo(
    () => (history.data ?? []).flatMap((point): SharePoint[] => {
      const share = managerShare(point);
      return share === null ? [] : [{ at: point.startedAt, value: share }];
    }),
    [history.data],
  );
  const points = useMemo(() => withinRange(measured, range, today, localDayNow), [measured, range, today]);
  const trend = useMemo(() => shareTrend(points), [points]);
  const lines = useMemo(
    () => [
      { label: title, color: colorOf(theme, 0), points: points.map((point) => ({ x: point.at, y: point.value })) },
      ...(trend ? [{ label: t('listening.trendLine'), color: colorOf(theme, 1), points: [trend.from, trend.to].map((point) => ({ x: point.at, y: point.value })) }] : []),
    ],
    [points, trend, theme, title, t],
  );
  const series = useMemo(() => [{ label: title, points }], [points, title]);
  const numbers = useMemo(() => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }), [language]);
  useWorkerChart(box, { language, min: 0, max: 100, compact: true, lines, onDrawn: () => undefined });

  if (measured.length === 0) return null;
  const last = points.at(-1);
  return (
    <section className="small-multiples" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <ul className="small-multiples-list">
        <li>
          <figure className="small-multiple listening-chart">
            <figcaption>{t('listening.chartHint')}</figcaption>
            {last === undefined ? (
              <p className="muted">{t('listening.chartNone')}</p>
            ) : (
              <p className="small-multiple-values">
                <strong>{t('listening.chartLatest', last.value)}</strong>
                {trend && (
                  <span>
                    {' · '}
                    {trend.change > 0
                      ? t('listening.trendUp', numbers.format(trend.change))
                      : trend.change < 0
                        ? t('listening.trendDown', numbers.format(-trend.change))
                        : t('listening.trendFlat')}
                  </span>
                )}
              </p>
            )}
            {/* The canvas is hidden from assistive technology: the words above and the data table say what it shows. */}
            {last !== undefined && <div className="chart-box compact" ref={box} />}
          </figure>
        </li>
      </ul>
      <ChartDataTable series={series} />
    </section>
  );
}
