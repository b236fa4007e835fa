import { localDay } from '../sessions/day';
import { patternFlags, type PatternFlag } from './flags';
import { suggestedRange, timeRanges, withinRange, type TimeRange } from './range';
import { latestValues, monthlyAverages, seriesBySubject, type PeriodAverage, type Point, type TimedRating } from './trends';

export interface InsightSession {
  id: string;
  personId: string | null;
  startedAt: number;
  title: string;
}

export interface InsightRating {
  sessionId: string;
  personId: string | null;
  statementId: string | null;
  objectiveId: string | null;
  value: number;
}

export interface InsightData {
  now: number;
  today: string;
  offsetMinutes: number;
  people: readonly { id: string; name: string; role: string }[];
  sessions: readonly InsightSession[];
  ratings: readonly InsightRating[];
  statementIds: readonly string[];
  objectives: readonly { id: string; personId: string; text: string; period: string }[];
  actionItems: readonly { id: string; personId: string | null; sessionId: string; owner: 'manager' | 'report'; due: string | null; doneAt: number | null }[];
}

export type ChartPoint = Pick<Point, 'at' | 'value'>;

const chartPoints = (points: readonly Point[]): ChartPoint[] => points.map(({ at, value }) => ({ at, value }));

export interface PersonInsights {
  person: { id: string; name: string; role: string };
  /** Local date today, YYYY-MM-DD: where the page's time ranges end. */
  today: string;
  /** Newest first. */
  timeline: { id: string; startedAt: number; title: string; ratings: number; actionItems: number }[];
  /** Time and value only: the page draws them, and a person's thousands of points cross a message. */
  statementSeries: { subjectId: string; points: ChartPoint[] }[];
  objectiveSeries: { subjectId: string; label: string; points: ChartPoint[] }[];
  actionItems: { total: number; done: number; overdue: number };
  flags: PatternFlag[];
}

export interface TeamRangeView {
  averages: { subjectId: string; periods: PeriodAverage[] }[];
  /** Each person's latest answer per statement within the range. */
  heatmap: { personId: string; subjectId: string; value: number; sessionId: string }[];
}

export interface TeamInsights {
  people: { id: string; name: string }[];
  /** The averages and heat map of every range at once: switching ranges asks the background nothing. */
  byRange: Record<TimeRange, TeamRangeView>;
  /** The range the team view opens on until the user picks one: each person's answers per statement are the series. */
  suggestedRange: TimeRange;
  flags: PatternFlag[];
}

function timed(data: InsightData, kind: 'statement' | 'objective'): TimedRating[] {
  const startedAt = new Map(data.sessions.map((session) => [session.id, session.startedAt]));
  return data.ratings.flatMap((rating) => {
    const subjectId = kind === 'statement' ? rating.statementId : rating.objectiveId;
    const at = startedAt.get(rating.sessionId);
    return subjectId && rating.personId && at !== undefined ? [{ sessionId: rating.sessionId, personId: rating.personId, subjectId, value: rating.value, at }] : [];
  });
}

function flagsFor(data: InsightData, people: InsightData['people']): PatternFlag[] {
  const sessionsByPerson = new Map<string, { id: string; startedAt: number }[]>();
  for (const session of [...data.sessions].sort((a, b) => a.startedAt - b.startedAt)) {
    if (!session.personId) continue;
    sessionsByPerson.set(session.personId, [...(sessionsByPerson.get(session.personId) ?? []), session]);
  }
  const ids = new Set(people.map((person) => person.id));
  return patternFlags({
    now: data.now,
    today: data.today,
    people,
    statementIds: data.statementIds,
    statementRatings: timed(data, 'statement'),
    objectives: data.objectives,
    progressRatings: timed(data, 'objective'),
    sessionsByPerson,
    actionItems: data.actionItems.filter((item) => item.personId !== null && ids.has(item.personId)),
  });
}

export function personInsights(data: InsightData, personId: string): PersonInsights | null {
  const person = data.people.find((candidate) => candidate.id === personId);
  if (!person) return null;
  const sessions = data.sessions.filter((session) => session.personId === personId).sort((a, b) => b.startedAt - a.startedAt);
  const ratingsBySession = new Map<string, number>();
  for (const rating of data.ratings) ratingsBySession.set(rating.sessionId, (ratingsBySession.get(rating.sessionId) ?? 0) + 1);
  const items = data.actionItems.filter((item) => item.personId === personId);
  const itemsBySession = new Map<string, number>();
  for (const item of items) itemsBySession.set(item.sessionId, (itemsBySession.get(item.sessionId) ?? 0) + 1);
  const own = (ratings: TimedRating[]) => ratings.filter((rating) => rating.personId === personId);
  const objectives = data.objectives.filter((objective) => objective.personId === personId);
  const progress = seriesBySubject(own(timed(data, 'objective')));
  return {
    person,
    today: data.today,
    timeline: sessions.map((session) => ({ ...session, ratings: ratingsBySession.get(session.id) ?? 0, actionItems: itemsBySession.get(session.id) ?? 0 })),
    statementSeries: [...seriesBySubject(own(timed(data, 'statement')))].map(([subjectId, points]) => ({ subjectId, points: chartPoints(points) })),
    objectiveSeries: objectives.map((objective) => ({ subjectId: objective.id, label: `${objective.period} · ${objective.text}`, points: chartPoints(progress.get(objective.id) ?? []) })),
    actionItems: {
      total: items.length,
      done: items.filter((item) => item.doneAt !== null).length,
      overdue: items.filter((item) => item.doneAt === null && item.due !== null && item.due < data.today).length,
    },
    flags: flagsFor(data, [person]),
  };
}

function teamRangeView(statements: readonly TimedRating[], offsetMinutes: number): TeamRangeView {
  const latest = latestValues(statements);
  return {
    averages: [...monthlyAverages(statements, offsetMinutes)].map(([subjectId, periods]) => ({ subjectId, periods })),
    heatmap: [...latest].flatMap(([personId, bySubject]) => [...bySubject].map(([subjectId, point]) => ({ personId, subjectId, value: point.value, sessionId: point.sessionId }))),
  };
}

export function teamInsights(data: InsightData): TeamInsights {
  const statements = timed(data, 'statement');
  const dayOf = (at: number) => localDay(at, data.offsetMinutes);
  const series = new Map<string, TimedRating[]>();
  for (const rating of statements) {
    const key = `${rating.personId}\n${rating.subjectId}`;
    const points = series.get(key) ?? [];
    points.push(rating);
    series.set(key, points);
  }
  return {
    people: data.people.map(({ id, name }) => ({ id, name })),
    byRange: Object.fromEntries(timeRanges.map((range) => [range, teamRangeView(withinRange(statements, range, data.today, dayOf), data.offsetMinutes)])) as Record<TimeRange, TeamRangeView>,
    suggestedRange: suggestedRange([...series.values()], data.today, dayOf),
    flags: flagsFor(data, data.people),
  };
}
