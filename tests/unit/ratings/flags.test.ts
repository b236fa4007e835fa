import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translator } from '@/utils/i18n/catalog';
import { baselineAnswers, dropFlag, dropSpreads, flagsByPerson, minBaselineAnswers, minDropAnswers, minSpread, patternFlags, type Drop, type FlagInput, type PatternFlag, type SeriesPoint } from '@/utils/ratings/flags';
import type { TimedRating } from '@/utils/ratings/trends';

const day = 86_400_000;
const now = 250 * day;
const sessions = [10, 20, 30, 40].map((d, i) => ({ id: `s${i + 1}`, startedAt: now - (50 - d) * day }));
const at = (sessionId: string) => sessions.find((s) => s.id === sessionId)!.startedAt;
const statement = (sessionId: string, value: number, subjectId = 'lq-satisfied'): TimedRating => ({ sessionId, personId: 'p1', subjectId, value, at: at(sessionId) });
const progress = (sessionId: string, value: number): TimedRating => ({ sessionId, personId: 'p1', subjectId: 'o1', value, at: at(sessionId) });
/** The quarter `now` falls in (1970-Q3 in local time in any zone: day 250 is early September), as are all of `sessions`. */
const thisQuarter = '1970-Q3';
const objective = { id: 'o1', personId: 'p1', text: 'Ship onboarding', period: thisQuarter };

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

/** A series of answers one week apart, ending at `now`. */
const weekly = (values: readonly number[]): SeriesPoint[] => values.map((value, index) => ({ value, sessionId: `w${index}`, at: now - (values.length - 1 - index) * 7 * day }));

/** A small seeded generator (no Math.random): the same series on every run. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` answers drawn evenly from the `width` values starting at `low`. */
const noise = (random: () => number, count: number, low: number, width: number) => Array.from({ length: count }, () => low + Math.floor(random() * width));
const repeat = (value: number, count: number) => Array.from({ length: count }, () => value);

/** 12 people × 9 statements × 250 weekly answers, each series random within its own band of `width` values. */
function noisyTeam(seed: number, width: number): FlagInput {
  const random = prng(seed);
  const people = Array.from({ length: 12 }, (_, index) => ({ id: `p${index}` }));
  const statementIds = Array.from({ length: 9 }, (_, index) => `st${index}`);
  const teamSessions = Array.from({ length: 250 }, (_, index) => ({ id: `t${index}`, startedAt: now - (249 - index) * 7 * day }));
  const statementRatings = people.flatMap((person) =>
    statementIds.flatMap((subjectId) => {
      const low = 1 + Math.floor(random() * (8 - width));
      return noise(random, 250, low, width).map((value, index) => ({ sessionId: `${person.id}-${index}`, personId: person.id, subjectId, value, at: teamSessions[index]!.startedAt }));
    }),
  );
  return { ...base, people, statementIds, statementRatings, sessionsByPerson: new Map(people.map((person) => [person.id, teamSessions])) };
}

/** Answers from a steady, noisy person (5–7) for years, then `tail`, as flags see them. */
function plantedKinds(tail: readonly number[]): string[] {
  const series = weekly([...noise(prng(3), 200, 5, 3), ...tail]).map((point) => ({ ...point, personId: 'p1', subjectId: 'lq-satisfied' }));
  return patternFlags({ ...base, statementRatings: series }).map((flag) => flag.kind);
}

describe('drop flags on generated answers', () => {
  it.each([
    { band: '3 values (e.g. 4–6)', width: 3 },
    { band: '4 values (e.g. 3–6, as the team the issue saw)', width: 4 },
  ])('noise within a band of $band gives at most 2 drop flags across 12 people × 9 statements × 250 answers', ({ width }) => {
    const drops = patternFlags(noisyTeam(20, width)).filter((flag) => flag.kind === 'drop');
    expect(drops.length).toBeLessThanOrEqual(2);
  });

  it('stays calm all year round: looked at after each of the last 52 answers, noise in a band of 4 values fires in under 1% of the looks', () => {
    const team = noisyTeam(21, 4);
    let looks = 0;
    let fired = 0;
    for (const person of team.people) {
      for (const statementId of team.statementIds) {
        const series = team.statementRatings.filter((rating) => rating.personId === person.id && rating.subjectId === statementId);
        for (let end = series.length - 51; end <= series.length; end += 1) {
          looks += 1;
          if (dropFlag(series.slice(0, end))) fired += 1;
        }
      }
    }
    expect(fired / looks).toBeLessThan(0.01);
  });

  it.each<{ name: string; tail: number[]; expected: string[] }>([
    { name: 'a sudden drop (then 4, 2)', tail: [4, 2], expected: ['drop'] },
    { name: 'a gradual slide over 10 answers', tail: [6, 6, 5, 5, 5, 4, 4, 3, 3, 2], expected: ['drop'] },
    { name: 'a one-answer dip that recovers', tail: [2, 6], expected: [] },
    { name: 'a one-answer dip that recovers, a session later', tail: [2, 6, 6], expected: [] },
    { name: 'one low answer, just now', tail: [2], expected: [] },
    { name: 'the last three 7, 6, 5: within their usual range (today’s rule flagged it)', tail: [7, 6, 5], expected: [] },
  ])('$name', ({ tail, expected }) => {
    expect(plantedKinds(tail)).toEqual(expected);
  });
});

describe('dropFlag', () => {
  it('measures a sudden drop against the steady years before it', () => {
    const drop = dropFlag(weekly([...repeat(6, 200), 4, 2]));
    expect(drop).toMatchObject({ usual: 6, spread: 1, baselineCount: 52, values: [4, 2], sessionIds: ['w200', 'w201'], since: now - 7 * day, latestAt: now });
    expect(drop!.depth).toBe(3);
  });

  it('keeps measuring a drop that has held for months against the level before it', () => {
    const drop = dropFlag(weekly([...repeat(6, 100), ...repeat(3, 30)]));
    expect(drop).toMatchObject({ usual: 6, values: repeat(3, 30) });
  });

  it('takes a lower level held for longer than a baseline as the usual level', () => {
    expect(dropFlag(weekly([...repeat(6, 100), ...repeat(3, 52)]))).toMatchObject({ values: repeat(3, 52) });
    expect(dropFlag(weekly([...repeat(6, 100), ...repeat(3, 150)]))).toBeNull();
  });

  it('takes the usual spread from the baseline: a person whose answers swing widely needs a deeper drop', () => {
    const swinging = [...repeat(3, 26), ...repeat(7, 26)];
    expect(dropFlag(weekly([...swinging, 3, 3]))).toBeNull();
    expect(dropFlag(weekly([...swinging, 1, 1]))).toMatchObject({ values: [1, 1] });
  });

  it.each<{ name: string; values: number[]; flagged: boolean }>([
    { name: 'too little history: 5 earlier answers', values: [...repeat(6, 5), 2, 2], flagged: false },
    { name: 'just enough history: 6 earlier answers', values: [...repeat(6, 6), 2, 2], flagged: true },
    { name: 'a constant series', values: repeat(4, 60), flagged: false },
    { name: 'one point below a steady level is within the minimum gap', values: [...repeat(7, 60), 6, 6], flagged: false },
    { name: 'two points below a steady 7', values: [...repeat(7, 60), 5, 5], flagged: true },
    { name: 'a steady 1 cannot drop', values: [...repeat(1, 60), 1, 1], flagged: false },
    { name: 'from a steady 3 to the bottom of the scale', values: [...repeat(3, 60), 1, 1], flagged: true },
    { name: 'the first low answer is not low enough', values: [...repeat(6, 60), 5, 2], flagged: false },
    { name: 'an empty series', values: [], flagged: false },
  ])('$name', ({ values, flagged }) => {
    expect(dropFlag(weekly(values)) !== null).toBe(flagged);
  });

  it('is stated in README as the dashboard states it, with the constants it uses', () => {
    const shown = translator('en')('team.dropRule', minDropAnswers, baselineAnswers, dropSpreads, dropSpreads * minSpread, minBaselineAnswers);
    const rule = /when (at least the last .* points)\./.exec(shown)![1]!.replaceAll('’', "'");
    expect(readFileSync('README.md', 'utf8').replace(/\s+/g, ' ')).toContain(rule);
  });

  it('reads the series in time order, whatever order it is given in', () => {
    expect(dropFlag(weekly([...repeat(6, 20), 4, 2]).reverse())).toMatchObject({ values: [4, 2] });
  });
});

describe('patternFlags', () => {
  it.each<{ name: string; input: Partial<FlagInput>; expected: string[] }>([
    { name: 'never asked, within 90 days of the first 1:1', input: {}, expected: [] },
    { name: 'never asked since a first 1:1 over 90 days ago', input: { now: at('s1') + 91 * day }, expected: ['noRatings'] },
    { name: 'last asked over 90 days ago', input: { now: at('s4') + 91 * day, statementRatings: [statement('s4', 5)] }, expected: ['noRatings'] },
    {
      name: 'one statement over 90 days ago, another lately',
      input: { now: at('s1') + 91 * day, statementIds: ['lq-satisfied', 'lq-growth'], statementRatings: [statement('s1', 5), statement('s4', 5, 'lq-growth')] },
      expected: ['notAsked'],
    },
    {
      name: 'one statement never asked, another lately, within 90 days of the first 1:1',
      input: { statementIds: ['lq-satisfied', 'lq-growth'], statementRatings: [statement('s4', 5, 'lq-growth')] },
      expected: [],
    },
    { name: 'asked 89 days ago is fine', input: { now: at('s4') + 89 * day, statementRatings: [statement('s4', 5)] }, expected: [] },
    { name: 'objective without progress over 3 sessions', input: { statementRatings: [statement('s4', 5)], objectives: [objective], progressRatings: [progress('s1', 4), progress('s2', 4), progress('s3', 4), progress('s4', 4)] }, expected: ['stalled'] },
    { name: 'objective that moved up is fine', input: { statementRatings: [statement('s4', 5)], objectives: [objective], progressRatings: [progress('s1', 4), progress('s3', 5)] }, expected: [] },
    { name: 'objective that rose and fell back is stalled', input: { statementRatings: [statement('s4', 5)], objectives: [objective], progressRatings: [progress('s1', 4), progress('s3', 5), progress('s4', 4)] }, expected: ['stalled'] },
    { name: 'objective rated once, in the last 3 sessions, is not judged yet', input: { statementRatings: [statement('s4', 5)], objectives: [objective], progressRatings: [progress('s3', 4)] }, expected: [] },
    { name: 'objective reached is not stalled', input: { statementRatings: [statement('s4', 5)], objectives: [objective], progressRatings: [progress('s1', 9), progress('s3', 9), progress('s4', 9)] }, expected: [] },
    { name: 'objective never rated in 3 sessions is unrated, not stalled', input: { statementRatings: [statement('s4', 5)], objectives: [objective] }, expected: ['unrated'] },
    { name: 'objective rated before but not in its last 3 sessions is unrated', input: { statementRatings: [statement('s4', 5)], objectives: [objective], progressRatings: [progress('s1', 4)] }, expected: ['unrated'] },
    { name: 'objective of a past quarter is not flagged', input: { statementRatings: [statement('s4', 5)], objectives: [{ ...objective, period: '1970-Q1' }], progressRatings: [progress('s1', 4), progress('s4', 4)] }, expected: [] },
    {
      name: 'objective of a quarter that began after the earlier sessions is judged on its own sessions only',
      input: { statementRatings: [statement('s4', 5)], objectives: [objective], sessionsByPerson: new Map([['p1', [{ id: 's0', startedAt: new Date(1970, 5, 20).getTime() }, ...sessions.slice(2)]]]) },
      expected: [],
    },
    { name: 'objective whose period is free text is judged over all sessions', input: { statementRatings: [statement('s4', 5)], objectives: [{ ...objective, period: 'this summer' }] }, expected: ['unrated'] },
    {
      name: 'overdue open action item',
      input: { statementRatings: [statement('s4', 5)], actionItems: [{ id: 'a1', personId: 'p1', sessionId: 's2', owner: 'report', due: '2026-05-31', doneAt: null }] },
      expected: ['overdue'],
    },
    {
      name: 'due today, or done, is not overdue',
      input: {
        statementRatings: [statement('s4', 5)],
        actionItems: [
          { id: 'a1', personId: 'p1', sessionId: 's2', owner: 'report', due: '2026-06-01', doneAt: null },
          { id: 'a2', personId: 'p1', sessionId: 's2', owner: 'report', due: '2026-01-01', doneAt: 5 },
        ],
      },
      expected: [],
    },
  ])('$name', ({ input, expected }) => {
    expect(kinds(input)).toEqual(expected);
  });

  it('says once when the last check-in rating was, not once per statement', () => {
    const flags = patternFlags({ ...base, now: at('s4') + 91 * day, statementIds: ['lq-satisfied', 'lq-growth'], statementRatings: [statement('s2', 5), statement('s3', 5, 'lq-growth')] });
    expect(flags).toEqual([{ kind: 'noRatings', personId: 'p1', lastRatedAt: at('s3'), sessionIds: ['s3'] }]);
  });

  it('marks an overdue item the manager promised as theirs', () => {
    const item = { personId: 'p1', sessionId: 's2', due: '2026-05-31', doneAt: null };
    const flags = patternFlags({ ...base, statementRatings: [statement('s4', 5)], actionItems: [{ ...item, id: 'a1', owner: 'manager' }, { ...item, id: 'a2', owner: 'report' }] });
    expect(flags.map((flag) => flag.kind === 'overdue' && [flag.actionItemId, flag.mine])).toEqual([['a1', true], ['a2', false]]);
  });

  it('links a drop to the sessions of its low answers', () => {
    const answers = weekly([...repeat(6, 10), 3, 2]).map((point) => ({ ...point, personId: 'p1', subjectId: 'lq-satisfied' }));
    const [drop] = patternFlags({ ...base, statementRatings: answers });
    expect(drop).toMatchObject({ kind: 'drop', personId: 'p1', statementId: 'lq-satisfied', values: [3, 2], sessionIds: ['w10', 'w11'] });
  });
});

describe('flagsByPerson', () => {
  const drop = (personId: string, statementId: string, depth: number, latestAt: number): PatternFlag => ({
    kind: 'drop', personId, statementId, usual: 6, spread: 1, baselineCount: 52, values: [4, 4], sessionIds: [`${personId}-${statementId}`], since: latestAt - 7 * day, latestAt, depth,
  } satisfies Drop & { kind: 'drop'; personId: string; statementId: string });
  const overdue = (personId: string, id: string, due: string, mine = false): PatternFlag => ({ kind: 'overdue', personId, actionItemId: id, due, mine, sessionIds: [`session-of-${id}`] });
  const notAsked = (personId: string, statementId: string, lastAskedAt: number | null): PatternFlag => ({ kind: 'notAsked', personId, statementId, lastAskedAt, sessionIds: lastAskedAt === null ? [] : [`asked-${statementId}`] });
  const stalled = (personId: string): PatternFlag => ({ kind: 'stalled', personId, objectiveId: 'o1', objectiveText: 'Ship', value: 4, sessionIds: ['s1', 's2', 's3'] });

  it('puts the person with the deepest drop first, then drops before other flags, then more overdue items', () => {
    const groups = flagsByPerson([
      overdue('ana', 'a1', '2026-10-05'),
      overdue('ana', 'a2', '2026-09-01'),
      stalled('ben'),
      drop('cas', 'st1', 2, 100 * day),
      drop('dee', 'st1', 2.5, 90 * day),
      drop('cas', 'st2', 3, 80 * day),
      overdue('eva', 'a3', '2026-11-01'),
      overdue('eva', 'a4', '2026-11-02'),
      overdue('eva', 'a5', '2026-11-03'),
      notAsked('fay', 'st1', null),
    ]);
    expect(groups.map((group) => group.personId)).toEqual(['cas', 'dee', 'ben', 'eva', 'ana', 'fay']);
    expect(groups[0]!.flags.map((flag) => flag.kind === 'drop' && flag.statementId)).toEqual(['st2', 'st1']);
  });

  it('puts the more recent of two equally deep drops first', () => {
    const groups = flagsByPerson([drop('ana', 'st1', 2, 10 * day), drop('ben', 'st1', 2, 20 * day)]);
    expect(groups.map((group) => group.personId)).toEqual(['ben', 'ana']);
  });

  it('sums up overdue items per person with the oldest due date and its session', () => {
    const [group] = flagsByPerson([overdue('ana', 'a1', '2026-10-05'), overdue('ana', 'a2', '2026-09-01'), overdue('ana', 'a3', '2026-11-01')]);
    expect(group).toEqual({ personId: 'ana', flags: [], overdue: { count: 3, mine: 0, oldestDue: '2026-09-01', sessionId: 'session-of-a2' }, notAsked: null, noRatings: null });
  });

  it('counts how many of the overdue items are the manager’s own', () => {
    const [group] = flagsByPerson([overdue('ana', 'a1', '2026-10-05', true), overdue('ana', 'a2', '2026-09-01'), overdue('ana', 'a3', '2026-11-01', true)]);
    expect(group!.overdue).toMatchObject({ count: 3, mine: 2 });
  });

  it('lists the statements not asked in one line, linked to the latest session that asked one of them', () => {
    const [group] = flagsByPerson([notAsked('ana', 'st1', 5 * day), notAsked('ana', 'st2', null), notAsked('ana', 'st3', 9 * day)]);
    expect(group!.notAsked).toEqual({ statementIds: ['st1', 'st2', 'st3'], sessionId: 'asked-st3' });
  });

  it('keeps no check-in ratings in one line with the last one and its session', () => {
    const [group] = flagsByPerson([{ kind: 'noRatings', personId: 'ana', lastRatedAt: 5 * day, sessionIds: ['s5'] }]);
    expect(group).toMatchObject({ notAsked: null, noRatings: { since: 5 * day, sessionId: 's5' } });
  });

  it('gives nothing for no flags', () => {
    expect(flagsByPerson([])).toEqual([]);
  });
});
