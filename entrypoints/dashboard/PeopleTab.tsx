import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { peopleQuery, personInsightsQuery, useBackgroundMutation } from '@/components/data/queries';
import { useStatementTexts } from '@/components/data/use-statement-texts';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import { Notice } from '@/components/Notice';
import { OkrsPanel } from '@/components/OkrsPanel';
import { SmallMultiples, type SmallMultipleItem } from '@/components/SmallMultiples';
import { UndoToast, type UndoAction } from '@/components/UndoToast';
import type { PatternFlag } from '@/utils/ratings/flags';
import type { PersonInsights } from '@/utils/ratings/insights';
import { suggestedRange, withinRange, type TimeRange } from '@/utils/ratings/range';
import { rollingAnswers } from '@/utils/ratings/trends';
import { localDayNow } from '@/utils/sessions/day';
import { FlagList } from './FlagList';
import { ListeningChart } from './ListeningChart';
import { formatDate } from './format-date';
import { RangePicker } from './RangePicker';
import { useRangeChoice } from './range-choice';

/** The newest sessions a person's page lists at first; the rest on request, so a long history opens fast. */
const firstSessionsShown = 20;

/** Per person: the timeline of sessions, ratings and OKR progress over time, action items, patterns. */
export function PeopleTab({ onOpenSession }: { onOpenSession: (sessionId: string) => void }) {
  const { t } = useI18n();
  const people = useQuery(peopleQuery());
  const save = useBackgroundMutation('savePerson');
  const remove = useBackgroundMutation('deletePerson');
  const restore = useBackgroundMutation('restorePerson');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [undo, setUndo] = useState<UndoAction | null>(null);
  const selected = people.data?.find((person) => person.id === selectedId) ?? people.data?.[0];
  const error = save.error ?? remove.error ?? restore.error;

  return (
    <div className="library">
      {error && <Notice tone="error">{t('errors.saveFailed', describeError(error, t))}</Notice>}
      {undo && <UndoToast action={undo} onDone={() => setUndo(null)} />}
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() === '') return;
          const id = crypto.randomUUID();
          save.mutate({ id, name, role, notes: '' }, { onSuccess: () => (setName(''), setRole(''), setSelectedId(id)) });
        }}
      >
        <input type="text" aria-label={t('sidebar.personName')} placeholder={t('sidebar.personName')} value={name} onChange={(event) => setName(event.target.value)} />
        <input type="text" aria-label={t('sidebar.personRole')} placeholder={t('sidebar.personRole')} value={role} onChange={(event) => setRole(event.target.value)} />
        <button type="submit">{t('people.add')}</button>
      </form>
      {people.isPending ? (
        <p className="loading" role="status">{t('common.loading')}</p>
      ) : people.isError ? (
        <Notice tone="error">{t('errors.loadFailed', describeError(people.error, t))}</Notice>
      ) : people.data.length === 0 ? (
        <p className="muted">{t('people.empty')}</p>
      ) : (
        <div className="dashboard-body">
          <nav aria-label={t('people.title')}>
            <ul className="session-list">
              {people.data.map((person) => (
                <li key={person.id}>
                  <button className="session-item" aria-current={person.id === selected?.id ? 'true' : undefined} onClick={() => setSelectedId(person.id)}>
                    <span className="session-item-title">{person.name}</span>
                    {person.role && <span className="muted">{person.role}</span>}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          {selected && (
            <PersonInsightsView
              key={selected.id}
              personId={selected.id}
              onOpenSession={onOpenSession}
              onDelete={() => {
                remove.mutate({ id: selected.id });
                setUndo({ message: t('people.deleted', selected.name), undo: () => restore.mutate({ id: selected.id }) });
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}

function PersonInsightsView({ personId, onOpenSession, onDelete }: { personId: string; onOpenSession: (id: string) => void; onDelete: () => void }) {
  const { t, language } = useI18n();
  const insights = useQuery(personInsightsQuery(personId));
  const statements = useStatementTexts();
  const [rangeChoice, chooseRange] = useRangeChoice('person');
  const suggested = useMemo(() => (insights.data ? suggestedRange(insights.data.statementSeries.map((line) => line.points), insights.data.today, localDayNow) : 'all'), [insights.data]);
  const range = rangeChoice ?? suggested;
  const [rolling, setRolling] = useState(false);
  // The same arrays between renders, so the charts are drawn once and not on every render.
  const ratingItems = useMemo(
    () => (insights.data ? smallMultiples(insights.data, insights.data.statementSeries, range, (line) => statements.get(line.subjectId) ?? line.subjectId, flaggedStatements(insights.data.flags)) : []),
    [insights.data, statements, range],
  );
  const progressItems = useMemo(
    () => (insights.data ? smallMultiples(insights.data, insights.data.objectiveSeries.filter((line) => line.points.length > 0), range, (line) => line.label, flaggedObjectives(insights.data.flags)) : []),
    [insights.data, range],
  );
  const [allSessionsShown, setAllSessionsShown] = useState(false);
  // The button that showed them goes away: keyboard focus moves on to the first session it revealed.
  const focusFirstRevealed = useCallback((button: HTMLButtonElement | null) => button?.focus(), []);
  // Until the remembered range is read, nothing is drawn in a range about to change.
  if (insights.isPending || rangeChoice === undefined) return <p className="loading" role="status">{t('common.loading')}</p>;
  if (insights.isError) return <Notice tone="error">{t('errors.loadFailed', describeError(insights.error, t))}</Notice>;
  const { person, timeline, actionItems, flags } = insights.data;
  return (
    <article className="session-detail" aria-labelledby="person-title">
      <div className="library-head">
        <h2 id="person-title">{person.name}</h2>
        <button onClick={onDelete}>{t('common.delete')}</button>
      </div>
      {person.role && <p className="muted">{person.role}</p>}
      <FlagList flags={flags} onOpenSession={onOpenSession} onePerson />
      {ratingItems.length === 0 && progressItems.length === 0 ? (
        <p className="muted">{t('people.noRatings')}</p>
      ) : (
        <div className="chart-controls">
          <RangePicker value={range} onChange={chooseRange} />
          <label>
            <input type="checkbox" checked={rolling} onChange={(event) => setRolling(event.target.checked)} /> {t('people.rollingAverage', rollingAnswers)}
          </label>
        </div>
      )}
      {ratingItems.length > 0 && <SmallMultiples title={t('people.ratingsTrend')} min={1} max={7} items={ratingItems} rolling={rolling} />}
      {progressItems.length > 0 && <SmallMultiples title={t('people.progressTrend')} min={1} max={10} items={progressItems} rolling={rolling} />}
      <ListeningChart personId={personId} range={range} today={insights.data.today} />
      <p>{t('people.actionItems', actionItems.done, actionItems.total, actionItems.overdue)}</p>
      <h3>{t('dashboard.okrs')}</h3>
      <OkrsPanel personId={personId} />
      <h3>{t('people.timeline')}</h3>
      {timeline.length === 0 ? (
        <p className="muted">{t('people.noSessions', person.name)}</p>
      ) : (
        <>
          <ul className="session-list">
            {(allSessionsShown ? timeline : timeline.slice(0, firstSessionsShown)).map((session, index) => (
              <li key={session.id}>
                <button
                  ref={allSessionsShown && index === firstSessionsShown ? focusFirstRevealed : undefined}
                  className="session-item"
                  onClick={() => onOpenSession(session.id)}
                >
                  <span className="session-item-title">{session.title}</span>
                  <span className="muted">{formatDate(session.startedAt, language)}</span>
                </button>
              </li>
            ))}
          </ul>
          {!allSessionsShown && timeline.length > firstSessionsShown && (
            <button onClick={() => setAllSessionsShown(true)}>{t('people.showAllSessions', timeline.length)}</button>
          )}
        </>
      )}
    </article>
  );
}

type Line = PersonInsights['statementSeries'][number];

/** The statements with a drop flagged: their charts come first. */
const flaggedStatements = (flags: readonly PatternFlag[]) => new Set(flags.flatMap((flag) => (flag.kind === 'drop' ? [flag.statementId] : [])));
/** The objectives with anything flagged about them. */
const flaggedObjectives = (flags: readonly PatternFlag[]) => new Set(flags.flatMap((flag) => ('objectiveId' in flag ? [flag.objectiveId] : [])));

/** One small chart per line with its points in the range, flagged ones first, else in the order given. */
function smallMultiples<L extends Line>(insights: PersonInsights, lines: readonly L[], range: TimeRange, labelOf: (line: L) => string, flagged: ReadonlySet<string>): SmallMultipleItem[] {
  const items = lines.map((line) => ({ id: line.subjectId, label: labelOf(line), points: withinRange(line.points, range, insights.today, localDayNow), flagged: flagged.has(line.subjectId) }));
  return [...items.filter((item) => item.flagged), ...items.filter((item) => !item.flagged)];
}
