import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { teamInsightsQuery } from '@/components/data/queries';
import { useStatementTexts } from '@/components/data/use-statement-texts';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import { Notice } from '@/components/Notice';
import { TrendChart } from '@/components/TrendChart';
import { FlagList } from './FlagList';
import { RangePicker } from './RangePicker';
import { useRangeChoice } from './range-choice';

/** Month start (local) of a "YYYY-MM" period, for the chart's time axis. */
const periodStart = (period: string) => new Date(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1).getTime();

/** Team averages per statement over time with their answer counts, a heat map of latest answers, and patterns. */
export function TeamTab({ onOpenSession }: { onOpenSession: (sessionId: string) => void }) {
  const { t } = useI18n();
  const team = useQuery(teamInsightsQuery());
  const statements = useStatementTexts();
  const [rangeChoice, chooseRange] = useRangeChoice('team');
  const range = rangeChoice ?? team.data?.suggestedRange ?? 'all';
  // The same array between renders, so the chart is drawn once and not on every render.
  const averageSeries = useMemo(
    () =>
      team.data?.byRange[range].averages.map((line) => ({
        label: statements.get(line.subjectId) ?? line.subjectId,
        points: line.periods.map((period) => ({ at: periodStart(period.period), value: period.average })),
      })) ?? [],
    [team.data, statements, range],
  );
  // Until the remembered range is read, nothing is drawn in a range about to change.
  if (team.isPending || rangeChoice === undefined) return <p className="loading" role="status">{t('common.loading')}</p>;
  if (team.isError) return <Notice tone="error">{t('errors.loadFailed', describeError(team.error, t))}</Notice>;
  const { people, flags } = team.data;
  const { averages, heatmap } = team.data.byRange[range];
  const subjects = [...new Set(heatmap.map((cell) => cell.subjectId))];
  const dropped = new Set(flags.flatMap((flag) => (flag.kind === 'drop' ? [`${flag.personId} ${flag.statementId}`] : [])));
  return (
    <div className="library">
      <FlagList flags={flags} onOpenSession={onOpenSession} />
      <RangePicker value={range} onChange={chooseRange} />
      {averages.length === 0 ? (
        <p className="muted">{t(team.data.byRange.all.averages.length === 0 ? 'team.empty' : 'ranges.empty')}</p>
      ) : (
        <>
          <TrendChart title={t('team.averages')} min={1} max={7} series={averageSeries} />
          <table className="counts">
            <caption>{t('team.averages')}</caption>
            <tbody>
              {averages.map((line) => (
                <tr key={line.subjectId}>
                  <th scope="row">{statements.get(line.subjectId) ?? line.subjectId}</th>
                  {line.periods.map((period) => (
                    <td key={period.period}>
                      {period.period}: {period.average} ({t('team.answers', period.count)})
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <table className="heatmap">
            <caption>{t('team.heatmap')}</caption>
            <thead>
              <tr>
                <td />
                {subjects.map((subject) => (
                  <th key={subject} scope="col" title={statements.get(subject)}>
                    {(statements.get(subject) ?? subject).slice(0, 24)}…
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.id}>
                  <th scope="row">{person.name}</th>
                  {subjects.map((subject) => {
                    const cell = heatmap.find((candidate) => candidate.personId === person.id && candidate.subjectId === subject);
                    // A flagged answer is marked in text, not by its colour alone.
                    const flagged = dropped.has(`${person.id} ${subject}`);
                    return (
                      <td key={subject} className={cell ? `heat heat-${cell.value}` : 'heat'}>
                        {cell ? (
                          <button className="link-button" onClick={() => onOpenSession(cell.sessionId)}>
                            {cell.value}
                            {flagged && (
                              <>
                                <span aria-hidden="true"> ⚑</span>
                                <span className="visually-hidden"> ({t('people.flagged')})</span>
                              </>
                            )}
                          </button>
                        ) : (
                          '–'
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
