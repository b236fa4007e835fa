import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { againstBaseline, rollingAnswers, rollingMean } from '@/utils/ratings/trends';
import { ChartDataTable } from './ChartDataTable';
import { useI18n } from './i18n';
import { useTheme } from './theme';
import { colorOf } from './TrendChart';
import { useWorkerChart } from './use-worker-chart';

export interface SmallMultipleItem {
  id: string;
  label: string;
  /** Oldest first, only those in the range shown. */
  points: readonly { at: number; value: number }[];
  flagged: boolean;
}

interface Props {
  title: string;
  /** Keep the same array between renders (useMemo): a new one draws the charts anew. */
  items: readonly SmallMultipleItem[];
  min: number;
  max: number;
  /** Also a rolling average over the answers, for a noisy series' direction. */
  rolling: boolean;
}

/**
 * One small chart per series (a statement, an objective), all on the same scale, each with its
 * latest answer against the person's own average; the data of them all in one table below. Every
 * chart draws in the page's one chart worker.
 */
export function SmallMultiples({ title, items, min, max, rolling }: Props) {
  const headingId = useId();
  const drawn = useRef(new Set<string>());
  useEffect(() => {
    drawn.current = new Set();
  }, [items]);
  const drawable = items.filter((item) => item.points.length > 0).length;
  const onDrawn = useCallback(
    (id: string) => {
      drawn.current.add(id);
      // For `npm run bench`: the first chart on screen is this whole set, not its first small chart.
      if (drawn.current.size === drawable) performance.mark('coachbar:chart');
    },
    [drawable],
  );
  const series = useMemo(() => items.map((item) => ({ label: item.label, points: item.points })), [items]);
  return (
    <section className="small-multiples" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <ul className="small-multiples-list">
        {items.map((item) => (
          <li key={item.id}>
            <SmallMultiple item={item} min={min} max={max} rolling={rolling} onDrawn={onDrawn} />
          </li>
        ))}
      </ul>
      <ChartDataTable series={series} />
    </section>
  );
}

function SmallMultiple({ item, min, max, rolling, onDrawn }: { item: SmallMultipleItem; min: number; max: number; rolling: boolean; onDrawn: (id: string) => void }) {
  const { t, language } = useI18n();
  const theme = useTheme();
  const box = useRef<HTMLDivElement>(null);
  const summary = againstBaseline(item.points);
  const numbers = useMemo(() => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }), [language]);
  const changes = useMemo(() => new Intl.NumberFormat(language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }), [language]);
  const average = useMemo(() => (rolling ? rollingMean(item.points) : null), [item, rolling]);
  const lines = useMemo(() => {
    const answers = { label: item.label, color: colorOf(theme, 0), points: item.points.map((point) => ({ x: point.at, y: point.value })) };
    return average ? [answers, { label: item.label, color: colorOf(theme, 1), points: average.map((point) => ({ x: point.at, y: point.value })) }] : [answers];
  }, [item, theme, average]);
  useWorkerChart(box, { language, min, max, compact: true, lines, onDrawn: () => onDrawn(item.id) });
  return (
    <figure className={item.flagged ? 'small-multiple flagged' : 'small-multiple'}>
      <figcaption>
        {item.flagged && (
          <span className="flag-mark">
            <span aria-hidden="true">⚑ </span>
            {t('people.flagged')}
            <span className="visually-hidden">: </span>
          </span>
        )}
        {item.label}
      </figcaption>
      {summary === null ? (
        <p className="muted">{t('ranges.empty')}</p>
      ) : (
        <p className="small-multiple-values">
          <strong>{t('people.latest', summary.latest)}</strong>
          {summary.change === null || summary.baseline === null ? (
            <span className="muted"> · {t('people.noBaseline')}</span>
          ) : (
            <span title={t('people.baselineWhy', summary.earlierAnswers)}>
              {' · '}
              {t('people.change', changes.format(summary.change), numbers.format(summary.baseline))}
              <span className="visually-hidden"> ({t('people.baselineWhy', summary.earlierAnswers)})</span>
            </span>
          )}
          {average && average.length > 0 && <span> · {t('people.rollingLatest', rollingAnswers, numbers.format(average.at(-1)!.value))}</span>}
        </p>
      )}
      {/* The canvas is hidden from assistive technology: the words above and the data table say what it shows. */}
      {summary !== null && <div className="chart-box compact" ref={box} />}
    </figure>
  );
}
