import { describe, expect, it } from 'vitest';
import { firstDayOf, isTimeRange, suggestedRange, withinRange, type TimeRange } from '@/utils/ratings/range';
import { localDay } from '@/utils/sessions/day';

const utc = (iso: string) => new Date(iso).getTime();
const inUtc = (at: number) => localDay(at, 0);

describe('firstDayOf', () => {
  it.each<[TimeRange, string, string | null]>([
    ['3m', '2026-12-07', '2026-09-07'],
    ['12m', '2026-12-07', '2025-12-07'],
    ['3m', '2026-02-15', '2025-11-15'],
    // A shorter month ends the range on its last day.
    ['3m', '2026-05-31', '2026-02-28'],
    ['3m', '2028-05-31', '2028-02-29'],
    ['12m', '2028-02-29', '2027-02-28'],
    ['3m', '2026-03-01', '2025-12-01'],
    ['all', '2026-12-07', null],
  ])('%s before %s starts on %s', (range, today, expected) => {
    expect(firstDayOf(range, today)).toBe(expected);
  });
});

describe('withinRange', () => {
  const points = ['2026-09-06T12:00:00Z', '2026-09-06T23:30:00Z', '2026-09-07T00:30:00Z', '2026-12-07T08:00:00Z'].map((iso) => ({ at: utc(iso) }));

  it.each([
    { zone: 'UTC', offset: 0, kept: 2 },
    // In UTC+2, 23:30 UTC on 6 September is already the 7th: it is in the range.
    { zone: 'UTC+2', offset: -120, kept: 3 },
    // In UTC−5, 00:30 UTC on the 7th is still the 6th: it is not.
    { zone: 'UTC−5', offset: 300, kept: 1 },
  ])('keeps answers from the first day on, by the local day ($zone)', ({ offset, kept }) => {
    expect(withinRange(points, '3m', '2026-12-07', (at) => localDay(at, offset))).toHaveLength(kept);
  });

  it('keeps the first day itself and everything for all time', () => {
    expect(withinRange([{ at: utc('2026-09-07T00:00:00Z') }], '3m', '2026-12-07', inUtc)).toHaveLength(1);
    expect(withinRange(points, 'all', '2026-12-07', inUtc)).toHaveLength(4);
  });

  it('gives an empty range for a series whose answers are all older', () => {
    expect(withinRange([{ at: utc('2025-01-01T10:00:00Z') }], '12m', '2026-12-07', inUtc)).toEqual([]);
    expect(withinRange([], '3m', '2026-12-07', inUtc)).toEqual([]);
  });
});

describe('suggestedRange', () => {
  const every = (days: number) => (count: number, lastIso: string) => Array.from({ length: count }, (_, index) => ({ at: utc(lastIso) - index * days * 86_400_000 }));
  const weekly = every(7);
  const fortnightly = every(14);

  it.each<{ name: string; series: { at: number }[][]; expected: TimeRange }>([
    { name: 'weekly answers fill three months', series: [weekly(20, '2026-12-01T10:00:00Z'), weekly(20, '2026-12-01T10:00:00Z')], expected: '3m' },
    { name: 'monthly answers need a year', series: [every(30)(12, '2026-12-01T10:00:00Z')], expected: '12m' },
    { name: 'an old history needs all of it', series: [weekly(30, '2024-06-01T10:00:00Z')], expected: 'all' },
    // Two of three series hold 8 answers in three months: most do.
    { name: 'most series decide', series: [weekly(8, '2026-12-01T10:00:00Z'), weekly(8, '2026-12-01T10:00:00Z'), weekly(2, '2026-12-01T10:00:00Z')], expected: '3m' },
    // One of two is not most: the fortnightly series holds 7 answers in three months, 20 in a year.
    { name: 'half is not most', series: [weekly(8, '2026-12-01T10:00:00Z'), fortnightly(20, '2026-12-01T10:00:00Z')], expected: '12m' },
    { name: 'series without answers do not count', series: [weekly(8, '2026-12-01T10:00:00Z'), [], []], expected: '3m' },
    { name: 'nothing answered', series: [], expected: 'all' },
  ])('$name', ({ series, expected }) => {
    expect(suggestedRange(series, '2026-12-07', inUtc)).toBe(expected);
  });
});

// The picked range is kept in storage.local, which a content script can write too.
describe('isTimeRange', () => {
  it.each<[unknown, boolean]>([
    ['3m', true],
    ['12m', true],
    ['all', true],
    ['6m', false],
    ['toString', false],
    ['__proto__', false],
    [' 3m', false],
    [['3m'], false],
    [{ toString: () => '3m' }, false],
    [3, false],
    [null, false],
    [undefined, false],
  ])('%j → %s', (value, expected) => {
    expect(isTimeRange(value)).toBe(expected);
  });
});
