import type { TimedRating } from './trends';

export type PatternFlag =
  /** A statement fell by 2 points or more over its last 3 answers. */
  | { kind: 'drop'; personId: string; statementId: string; from: number; to: number; sessionIds: string[] }
  /** A statement this person was never asked in the last 90 days. */
  | { kind: 'notAsked'; personId: string; statementId: string; lastAskedAt: number | null; sessionIds: string[] }
  /** An objective whose progress did not rise over its last 3 sessions with this person. */
  | { kind: 'stalled'; personId: string; objectiveId: string; objectiveText: string; value: number; sessionIds: string[] }
  /** An open action item past its due date. */
  | { kind: 'overdue'; personId: string; actionItemId: string; due: string; sessionIds: string[] };

export interface FlagInput {
  now: number;
  /** Local date today, YYYY-MM-DD, for due dates. */
  today: string;
  people: readonly { id: string }[];
  statementIds: readonly string[];
  statementRatings: readonly TimedRating[];
  objectives: readonly { id: string; personId: string; text: string }[];
  progressRatings: readonly TimedRating[];
  /** Sessions per person, oldest first. */
  sessionsByPerson: ReadonlyMap<string, readonly { id: string; startedAt: number }[]>;
  actionItems: readonly { id: string; personId: string | null; sessionId: string; due: string | null; doneAt: number | null }[];
}

const dayMs = 86_400_000;
export const notAskedDays = 90;

function byTime(ratings: readonly TimedRating[]): TimedRating[] {
  return [...ratings].sort((a, b) => a.at - b.at);
}

/** Patterns worth a look, each with the sessions behind it. Pure: the same input gives the same flags. */
export function patternFlags(input: FlagInput): PatternFlag[] {
  const flags: PatternFlag[] = [];
  for (const person of input.people) {
    const sessions = input.sessionsByPerson.get(person.id) ?? [];
    if (sessions.length === 0) continue;
    for (const statementId of input.statementIds) {
      const answers = byTime(input.statementRatings.filter((r) => r.personId === person.id && r.subjectId === statementId));
      const lastThree = answers.slice(-3);
      if (lastThree.length === 3 && lastThree[0]!.value - lastThree[2]!.value >= 2) {
        flags.push({ kind: 'drop', personId: person.id, statementId, from: lastThree[0]!.value, to: lastThree[2]!.value, sessionIds: lastThree.map((r) => r.sessionId) });
      }
      const last = answers.at(-1);
      if (!last || input.now - last.at > notAskedDays * dayMs) {
        flags.push({ kind: 'notAsked', personId: person.id, statementId, lastAskedAt: last?.at ?? null, sessionIds: last ? [last.sessionId] : [] });
      }
    }
    for (const objective of input.objectives.filter((o) => o.personId === person.id)) {
      const lastThreeSessions = sessions.slice(-3);
      if (lastThreeSessions.length < 3) continue;
      const since = lastThreeSessions[0]!.startedAt;
      const progress = byTime(input.progressRatings.filter((r) => r.subjectId === objective.id));
      const before = progress.filter((r) => r.at < since).at(-1);
      const recent = progress.filter((r) => r.at >= since);
      const best = Math.max(-Infinity, ...recent.map((r) => r.value));
      const baseline = before?.value ?? recent[0]?.value;
      const rose = recent.length > 0 && baseline !== undefined && best > baseline && (before !== undefined || recent.length > 1);
      if (!rose) {
        flags.push({ kind: 'stalled', personId: person.id, objectiveId: objective.id, objectiveText: objective.text, value: progress.at(-1)?.value ?? 0, sessionIds: lastThreeSessions.map((s) => s.id) });
      }
    }
  }
  for (const item of input.actionItems) {
    if (item.doneAt === null && item.due !== null && item.due < input.today && item.personId !== null) {
      flags.push({ kind: 'overdue', personId: item.personId, actionItemId: item.id, due: item.due, sessionIds: [item.sessionId] });
    }
  }
  return flags;
}
