import { reachedProgress } from './okr-history';
import type { TimedRating } from './trends';

/** The usual level is the mean of at most this many answers before the drop: a year of weekly 1:1s. */
export const baselineAnswers = 52;
/** Fewer earlier answers than this say too little about someone's usual level: no drop flag. */
export const minBaselineAnswers = 6;
/** A drop holds for at least this many answers in a row: one low answer that recovers is not a drop. */
export const minDropAnswers = 2;
/** How many spreads below the usual level an answer must be to count as low. */
export const dropSpreads = 1.75;
/**
 * The spread never counts as less than a point, so a very steady person's one point lower (7 → 6)
 * is not a drop: an answer is low only when it is at least dropSpreads × minSpread points below.
 */
export const minSpread = 1;

/** One answer in a statement's series. */
export type SeriesPoint = Pick<TimedRating, 'at' | 'value' | 'sessionId'>;

/** A statement's answers that fell below this person's usual level and stayed there. */
export interface Drop {
  /** The mean of the baseline answers. */
  usual: number;
  /** Their standard deviation, at least minSpread. */
  spread: number;
  /** How many baseline answers the usual level rests on. */
  baselineCount: number;
  /** The low answers, oldest first: the last ones in the series. */
  values: number[];
  sessionIds: string[];
  /** When the first low answer was given. */
  since: number;
  /** When the last one was given. */
  latestAt: number;
  /** How far below the usual level the low answers are on average, in spreads: how serious the drop is. */
  depth: number;
}

/**
 * The drop at the end of one person's answers to one statement, judged against their own earlier
 * answers: the last minDropAnswers or more answers are all more than dropSpreads spreads below the
 * mean of the (at most baselineAnswers) answers before them; null without one, or with fewer than
 * minBaselineAnswers earlier answers. The longest such run (up to baselineAnswers) is returned, so a
 * drop that has held for months is still measured against the level before it, not against its own
 * low answers.
 */
export function dropFlag(series: readonly SeriesPoint[]): Drop | null {
  const sorted = [...series].sort((a, b) => a.at - b.at || a.sessionId.localeCompare(b.sessionId));
  const values = sorted.map((point) => point.value);
  // Running sums, so each baseline's mean and spread cost the same whatever its length.
  const sums = [0];
  const squares = [0];
  for (const value of values) {
    sums.push(sums.at(-1)! + value);
    squares.push(squares.at(-1)! + value * value);
  }
  let longest: { length: number; mean: number; spread: number; baselineCount: number } | null = null;
  let lowMax = -Infinity;
  // Runs from the shortest up: the run's highest answer only grows, each baseline is the window before the run.
  // A run longer than a baseline is no longer a drop: it has become this person's usual level.
  for (let length = 1; length <= Math.min(values.length - minBaselineAnswers, baselineAnswers); length += 1) {
    lowMax = Math.max(lowMax, values[values.length - length]!);
    if (length < minDropAnswers) continue;
    const end = values.length - length;
    const start = Math.max(0, end - baselineAnswers);
    const count = end - start;
    const sum = sums[end]! - sums[start]!;
    const mean = sum / count;
    const variance = Math.max(0, (squares[end]! - squares[start]! - sum * mean) / (count - 1));
    const spread = Math.max(minSpread, Math.sqrt(variance));
    if (lowMax < mean - dropSpreads * spread) longest = { length, mean, spread, baselineCount: count };
  }
  if (!longest) return null;
  const low = sorted.slice(-longest.length);
  const lowValues = low.map((point) => point.value);
  return {
    usual: longest.mean,
    spread: longest.spread,
    baselineCount: longest.baselineCount,
    values: lowValues,
    sessionIds: low.map((point) => point.sessionId),
    since: low[0]!.at,
    latestAt: low.at(-1)!.at,
    depth: (longest.mean - lowValues.reduce((sum, value) => sum + value, 0) / lowValues.length) / longest.spread,
  };
}

export type PatternFlag =
  /** A statement's last answers fell below this person's usual level and stayed there (see dropFlag). */
  | ({ kind: 'drop'; personId: string; statementId: string } & Drop)
  /** A statement this person was not asked in the last 90 days, while other statements were. */
  | { kind: 'notAsked'; personId: string; statementId: string; lastAskedAt: number | null; sessionIds: string[] }
  /** No statement at all was rated with this person in the last 90 days: when the last was, if ever, and its session. */
  | { kind: 'noRatings'; personId: string; lastRatedAt: number | null; sessionIds: string[] }
  /** An objective of this quarter whose progress, below reached, did not rise over its last 3 sessions with this person. */
  | { kind: 'stalled'; personId: string; objectiveId: string; objectiveText: string; value: number; sessionIds: string[] }
  /** An objective of this quarter without a progress rating in its last 3 sessions with this person. */
  | { kind: 'unrated'; personId: string; objectiveId: string; objectiveText: string; sessionIds: string[] }
  /** An open action item past its due date; mine when the manager promised it. */
  | { kind: 'overdue'; personId: string; actionItemId: string; due: string; mine: boolean; sessionIds: string[] };

export interface FlagInput {
  now: number;
  /** Local date today, YYYY-MM-DD, for due dates. */
  today: string;
  people: readonly { id: string }[];
  statementIds: readonly string[];
  statementRatings: readonly TimedRating[];
  /** `period` as objectives store it, e.g. "2026-Q4". */
  objectives: readonly { id: string; personId: string; text: string; period: string }[];
  progressRatings: readonly TimedRating[];
  /** Sessions per person, oldest first. */
  sessionsByPerson: ReadonlyMap<string, readonly { id: string; startedAt: number }[]>;
  actionItems: readonly { id: string; personId: string | null; sessionId: string; owner: 'manager' | 'report'; due: string | null; doneAt: number | null }[];
}

const dayMs = 86_400_000;
export const notAskedDays = 90;
/** An objective is judged over this many sessions with its person. */
export const stalledSessions = 3;

function byTime(ratings: readonly TimedRating[]): TimedRating[] {
  return [...ratings].sort((a, b) => a.at - b.at);
}

/** Local start and end of a "2026-Q4" period; null for a period written otherwise. */
function quarterBounds(period: string): { start: number; end: number } | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(period.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const firstMonth = (Number(match[2]) - 1) * 3;
  return { start: new Date(year, firstMonth, 1).getTime(), end: new Date(year, firstMonth + 3, 1).getTime() };
}

/**
 * An objective of this person, judged over their last 3 sessions in its quarter (all sessions when
 * its period is not a quarter): stalled when its latest progress is no higher than before those
 * sessions (or than its first rating in them), so a rise that fell back again does not count;
 * unrated when none of them rated it. Past quarters' objectives and reached ones are not flagged.
 */
function objectiveFlag(
  personId: string,
  objective: FlagInput['objectives'][number],
  sessions: readonly { id: string; startedAt: number }[],
  ratings: readonly TimedRating[],
  now: number,
): PatternFlag | null {
  const quarter = quarterBounds(objective.period);
  if (quarter && quarter.end <= now) return null;
  const window = sessions.filter((session) => !quarter || session.startedAt >= quarter.start).slice(-stalledSessions);
  if (window.length < stalledSessions) return null;
  const since = window[0]!.startedAt;
  const progress = byTime(ratings.filter((rating) => rating.subjectId === objective.id));
  const latest = progress.at(-1);
  const recent = progress.filter((rating) => rating.at >= since);
  const sessionIds = window.map((session) => session.id);
  const base = { personId, objectiveId: objective.id, objectiveText: objective.text, sessionIds };
  if (recent.length === 0) return latest && latest.value >= reachedProgress ? null : { kind: 'unrated', ...base };
  const before = progress.filter((rating) => rating.at < since).at(-1) ?? (recent.length > 1 ? recent[0] : undefined);
  if (!before || !latest || latest.value >= reachedProgress || latest.value > before.value) return null;
  return { kind: 'stalled', ...base, value: latest.value };
}

/** Patterns worth a look, each with the sessions behind it. Pure: the same input gives the same flags. */
export function patternFlags(input: FlagInput): PatternFlag[] {
  const flags: PatternFlag[] = [];
  for (const person of input.people) {
    const sessions = input.sessionsByPerson.get(person.id) ?? [];
    if (sessions.length === 0) continue;
    // Within 90 days of the first 1:1 nothing can have gone unasked for 90 days.
    const judgesAsking = input.now - Math.min(...sessions.map((session) => session.startedAt)) > notAskedDays * dayMs;
    const notAsked: PatternFlag[] = [];
    let lastRated: TimedRating | undefined;
    for (const statementId of input.statementIds) {
      const answers = byTime(input.statementRatings.filter((r) => r.personId === person.id && r.subjectId === statementId));
      const drop = dropFlag(answers);
      if (drop) flags.push({ kind: 'drop', personId: person.id, statementId, ...drop });
      const last = answers.at(-1);
      if (last && (!lastRated || last.at > lastRated.at)) lastRated = last;
      if (judgesAsking && (!last || input.now - last.at > notAskedDays * dayMs)) {
        notAsked.push({ kind: 'notAsked', personId: person.id, statementId, lastAskedAt: last?.at ?? null, sessionIds: last ? [last.sessionId] : [] });
      }
    }
    // No check-in in 90 days is one finding, not one for every statement.
    if (notAsked.length > 0 && notAsked.length === input.statementIds.length) {
      flags.push({ kind: 'noRatings', personId: person.id, lastRatedAt: lastRated?.at ?? null, sessionIds: lastRated ? [lastRated.sessionId] : [] });
    } else {
      flags.push(...notAsked);
    }
    const progress = input.progressRatings.filter((rating) => rating.personId === person.id);
    for (const objective of input.objectives.filter((o) => o.personId === person.id)) {
      const flag = objectiveFlag(person.id, objective, sessions, progress, input.now);
      if (flag) flags.push(flag);
    }
  }
  for (const item of input.actionItems) {
    if (item.doneAt === null && item.due !== null && item.due < input.today && item.personId !== null) {
      flags.push({ kind: 'overdue', personId: item.personId, actionItemId: item.id, due: item.due, mine: item.owner === 'manager', sessionIds: [item.sessionId] });
    }
  }
  return flags;
}

/** One person's flags as the team view lists them. */
export interface PersonFlags {
  personId: string;
  /** Drops, stalled and unrated objectives: most serious first. */
  flags: Exclude<PatternFlag, { kind: 'overdue' | 'notAsked' | 'noRatings' }>[];
  /** Their overdue action items in one line: how many, how many of them the manager's own, the oldest due date and the session it came from. */
  overdue: { count: number; mine: number; oldestDue: string; sessionId: string } | null;
  /** The statements not asked in 90 days, and the latest session that asked one of them. */
  notAsked: { statementIds: string[]; sessionId: string | null } | null;
  /** No check-in ratings in 90 days: when the last was given (null: never) and its session. */
  noRatings: { since: number | null; sessionId: string | null } | null;
}

/** Serious first: a fall in how someone feels, then goals that stopped moving, overdue promises, unrated goals, unasked statements. */
const kindRank: Record<PatternFlag['kind'], number> = { drop: 0, stalled: 1, overdue: 2, unrated: 3, noRatings: 4, notAsked: 4 };

/** Drops by depth (in the person's own spreads), the more recent first when equally deep; the rest by kind. */
function bySeriousness(a: PatternFlag, b: PatternFlag): number {
  if (a.kind === 'drop' && b.kind === 'drop') return b.depth - a.depth || b.latestAt - a.latestAt;
  return kindRank[a.kind] - kindRank[b.kind];
}

/**
 * Flags grouped per person, the person with the most serious flag first (see bySeriousness; then
 * more overdue items first; otherwise in the order given). Overdue items and unasked statements
 * are summed up per person rather than listed one by one.
 */
export function flagsByPerson(flags: readonly PatternFlag[]): PersonFlags[] {
  const groups = new Map<string, PersonFlags & { lastAskedAt: number; all: PatternFlag[] }>();
  for (const flag of flags) {
    let group = groups.get(flag.personId);
    if (!group) {
      group = { personId: flag.personId, flags: [], overdue: null, notAsked: null, noRatings: null, lastAskedAt: -Infinity, all: [] };
      groups.set(flag.personId, group);
    }
    group.all.push(flag);
    if (flag.kind === 'overdue') {
      const oldest = !group.overdue || flag.due < group.overdue.oldestDue;
      group.overdue = {
        count: (group.overdue?.count ?? 0) + 1,
        mine: (group.overdue?.mine ?? 0) + (flag.mine ? 1 : 0),
        oldestDue: oldest ? flag.due : group.overdue!.oldestDue,
        sessionId: oldest ? flag.sessionIds[0]! : group.overdue!.sessionId,
      };
    } else if (flag.kind === 'noRatings') {
      group.noRatings = { since: flag.lastRatedAt, sessionId: flag.sessionIds[0] ?? null };
    } else if (flag.kind === 'notAsked') {
      group.notAsked ??= { statementIds: [], sessionId: null };
      group.notAsked.statementIds.push(flag.statementId);
      if (flag.lastAskedAt !== null && flag.lastAskedAt > group.lastAskedAt) {
        group.lastAskedAt = flag.lastAskedAt;
        group.notAsked.sessionId = flag.sessionIds[0] ?? null;
      }
    } else {
      group.flags.push(flag);
    }
  }
  const mostSerious = (group: { all: PatternFlag[] }) => [...group.all].sort(bySeriousness)[0]!;
  return [...groups.values()]
    .map((group) => ({ ...group, top: mostSerious(group) }))
    .sort((a, b) => bySeriousness(a.top, b.top) || (b.overdue?.count ?? 0) - (a.overdue?.count ?? 0))
    .map(({ personId, flags: listed, overdue, notAsked, noRatings }) => ({ personId, flags: [...listed].sort(bySeriousness), overdue, notAsked, noRatings }));
}
