import { describe, expect, it } from 'vitest';
import { againstBaseline, latestValues, monthlyAverages, rollingMean, seriesBySubject, type TimedRating } from '@/utils/ratings/trends';
import { isValidRating, suggestStatements } from '@/utils/ratings/statements';

const utc = (iso: string) => new Date(iso).getTime();
const r = (personId: string, subjectId: string, value: number, iso: string, sessionId = iso): TimedRating => ({ personId, subjectId, value, at: utc(iso), sessionId });

const ratings = [
  r('p1', 'a', 4, '2026-01-10T10:00:00Z'),
  r('p2', 'a', 6, '2026-01-20T10:00:00Z'),
  r('p1', 'a', 5, '2026-02-03T10:00:00Z'),
  r('p1', 'b', 2, '2026-01-31T23:30:00Z'),
];

describe('trends', () => {
  it('orders each series by time', () => {
    expect(seriesBySubject(ratings).get('a')!.map((p) => p.value)).toEqual([4, 6, 5]);
  });

  it.each([
    { name: 'UTC months', offset: 0, expected: { a: [['2026-01', 5, 2], ['2026-02', 5, 1]], b: [['2026-01', 2, 1]] } },
    // 23:30 UTC on Jan 31 is already February in Amsterdam.
    { name: 'local months', offset: -60, expected: { a: [['2026-01', 5, 2], ['2026-02', 5, 1]], b: [['2026-02', 2, 1]] } },
  ])('monthly averages with answer counts: $name', ({ offset, expected }) => {
    const averages = monthlyAverages(ratings, offset);
    const table = Object.fromEntries([...averages].map(([subject, periods]) => [subject, periods.map((p) => [p.period, p.average, p.count])]));
    expect(table).toEqual(expected);
  });

  it('keeps the latest value per person and subject', () => {
    const latest = latestValues(ratings);
    expect(latest.get('p1')!.get('a')!.value).toBe(5);
    expect(latest.get('p2')!.get('a')!.value).toBe(6);
  });
});

describe('statements', () => {
  it.each([
    { name: 'never asked first, then oldest', lastAsked: new Map([['a', 30], ['b', 10]]), expected: ['c', 'd', 'b'] },
    { name: 'ties keep list order', lastAsked: new Map<string, number>(), expected: ['a', 'b', 'c'] },
    { name: 'all asked: oldest three', lastAsked: new Map([['a', 4], ['b', 3], ['c', 2], ['d', 1]]), expected: ['d', 'c', 'b'] },
  ])('suggestStatements: $name', ({ lastAsked, expected }) => {
    expect(suggestStatements(['a', 'b', 'c', 'd'], lastAsked, 3)).toEqual(expected);
  });

  it.each([
    { value: 1, scale: 'agreement-7' as const, valid: true },
    { value: 7, scale: 'agreement-7' as const, valid: true },
    { value: 8, scale: 'agreement-7' as const, valid: false },
    { value: 10, scale: 'progress-10' as const, valid: true },
    { value: 0, scale: 'progress-10' as const, valid: false },
    { value: 5.5, scale: 'progress-10' as const, valid: false },
  ])('$value on $scale is valid: $valid', ({ value, scale, valid }) => {
    expect(isValidRating(value, scale)).toBe(valid);
  });
});

describe('againstBaseline', () => {
  it.each([
    { name: 'latest below the mean of the earlier answers', values: [6, 5, 6, 4], expected: { latest: 4, baseline: 5.7, earlierAnswers: 3, change: -1.7 } },
    { name: 'latest above it', values: [3, 4, 6], expected: { latest: 6, baseline: 3.5, earlierAnswers: 2, change: 2.5 } },
    { name: 'one answer has no baseline', values: [5], expected: { latest: 5, baseline: null, earlierAnswers: 0, change: null } },
    { name: 'the change is from the exact mean, not the rounded one', values: [1, 1, 2, 2], expected: { latest: 2, baseline: 1.3, earlierAnswers: 3, change: 0.7 } },
  ])('$name', ({ values, expected }) => {
    expect(againstBaseline(values.map((value) => ({ value })))).toEqual(expected);
  });

  it('has nothing for an empty series', () => {
    expect(againstBaseline([])).toBeNull();
  });
});

describe('rollingMean', () => {
  it.each([
    { name: 'fewer answers than the window: the mean so far', values: [2, 4, 6], expected: [2, 3, 4] },
    { name: 'the window slides', values: [1, 1, 1, 1, 5, 5, 5, 5], expected: [1, 1, 1, 1, 2, 3, 4, 5] },
    { name: 'to two decimals', values: [1, 2, 2], expected: [1, 1.5, 1.67] },
    { name: 'nothing to average', values: [], expected: [] },
  ])('$name', ({ values, expected }) => {
    const points = values.map((value, index) => ({ at: index * 1000, value }));
    expect(rollingMean(points, 4)).toEqual(expected.map((value, index) => ({ at: index * 1000, value })));
  });
});
