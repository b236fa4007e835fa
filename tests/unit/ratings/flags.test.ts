import { describe, expect, it } from 'vitest';
import { patternFlags, type FlagInput } from '@/utils/ratings/flags';
import type { TimedRating } from '@/utils/ratings/trends';

const day = 86_400_000;
const now = 200 * day;
const sessions = [10, 20, 30, 40].map((d, i) => ({ id: `s${i + 1}`, startedAt: now - (50 - d) * day }));
const at = (sessionId: string) => sessions.find((s) => s.id === sessionId)!.startedAt;
const statement = (sessionId: string, value: number, subjectId = 'lq-satisfied'): TimedRating => ({ sessionId, personId: 'p1', subjectId, value, at: at(sessionId) });
const progress = (sessionId: string, value: number): TimedRating => ({ sessionId, personId: 'p1', subjectId: 'o1', value, at: at(sessionId) });

const base: FlagInput = {
  now,
  today: '2026-06-01',
  people: [{ id: 'p1' }],
  statementIds: ['lq-satisfied'],
  statementRatings: [],
  objectives: [],
  progressRatings: [],
  sessionsByPerson: new Map([['p1', sessions]]),
  actionItems: [],
};

const kinds = (input: Partial<FlagInput>) => patternFlags({ ...base, ...input }).map((flag) => flag.kind);

describe('patternFlags', () => {
  it.each<{ name: string; input: Partial<FlagInput>; expected: string[] }>([
    { name: 'a drop of 2 over the last 3 answers', input: { statementRatings: [statement('s1', 6), statement('s2', 5), statement('s3', 4)] }, expected: ['drop'] },
    { name: 'a drop of 1 is not flagged', input: { statementRatings: [statement('s1', 6), statement('s2', 6), statement('s3', 5)] }, expected: [] },
    { name: 'only the last 3 answers count', input: { statementRatings: [statement('s1', 7), statement('s2', 5), statement('s3', 5), statement('s4', 5)] }, expected: [] },
    { name: 'a dip that recovered is not a drop', input: { statementRatings: [statement('s2', 6), statement('s3', 2), statement('s4', 6)] }, expected: [] },
    { name: 'never asked', input: {}, expected: ['notAsked'] },
    { name: 'last asked over 90 days ago', input: { now: at('s4') + 91 * day, statementRatings: [statement('s4', 5)] }, expected: ['notAsked'] },
    { name: 'asked 89 days ago is fine', input: { now: at('s4') + 89 * day, statementRatings: [statement('s4', 5)] }, expected: [] },
    {
      name: 'objective without progress over 3 sessions',
      input: { statementRatings: [statement('s4', 5)], objectives: [{ id: 'o1', personId: 'p1', text: 'Ship onboarding' }], progressRatings: [progress('s1', 4), progress('s2', 4), progress('s3', 4), progress('s4', 4)] },
      expected: ['stalled'],
    },
    {
      name: 'objective that moved up is fine',
      input: { statementRatings: [statement('s4', 5)], objectives: [{ id: 'o1', personId: 'p1', text: 'Ship onboarding' }], progressRatings: [progress('s1', 4), progress('s3', 5)] },
      expected: [],
    },
    { name: 'objective never rated in 3 sessions', input: { statementRatings: [statement('s4', 5)], objectives: [{ id: 'o1', personId: 'p1', text: 'Ship onboarding' }] }, expected: ['stalled'] },
    {
      name: 'overdue open action item',
      input: { statementRatings: [statement('s4', 5)], actionItems: [{ id: 'a1', personId: 'p1', sessionId: 's2', due: '2026-05-31', doneAt: null }] },
      expected: ['overdue'],
    },
    {
      name: 'due today, or done, is not overdue',
      input: {
        statementRatings: [statement('s4', 5)],
        actionItems: [
          { id: 'a1', personId: 'p1', sessionId: 's2', due: '2026-06-01', doneAt: null },
          { id: 'a2', personId: 'p1', sessionId: 's2', due: '2026-01-01', doneAt: 5 },
        ],
      },
      expected: [],
    },
  ])('$name', ({ input, expected }) => {
    expect(kinds(input)).toEqual(expected);
  });

  it('links each flag to the sessions behind it', () => {
    const [drop] = patternFlags({ ...base, statementRatings: [statement('s2', 7), statement('s3', 6), statement('s4', 4)] });
    expect(drop).toEqual({ kind: 'drop', personId: 'p1', statementId: 'lq-satisfied', from: 7, to: 4, sessionIds: ['s2', 's3', 's4'] });
  });
});
