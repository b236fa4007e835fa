/** The time ranges the dashboard's charts, heat map and averages can show. */
export const timeRanges = ['3m', '12m', 'all'] as const;
export type TimeRange = (typeof timeRanges)[number];

export const isTimeRange = (value: unknown): value is TimeRange => timeRanges.includes(value as TimeRange);

const monthsBack: Record<Exclude<TimeRange, 'all'>, number> = { '3m': 3, '12m': 12 };

/** Answers a series needs in a range before a trend in it says something. */
const answersForATrend = 8;

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The first local day a range holds, as YYYY-MM-DD: the same day of the month 3 or 12 months
 * before `today` (a local YYYY-MM-DD), or that month's last day when it is shorter (31 May → 29
 * February in a leap year); null for all time. Calendar arithmetic on the date only, so neither
 * the time of day nor a daylight-saving change moves the boundary.
 */
export function firstDayOf(range: TimeRange, today: string): string | null {
  if (range === 'all') return null;
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) - monthsBack[range];
  const startYear = Math.floor(monthIndex / 12);
  const startMonth = (monthIndex % 12) + 1;
  const daysInMonth = new Date(Date.UTC(startYear, startMonth, 0)).getUTCDate();
  return `${startYear}-${pad(startMonth)}-${pad(Math.min(day, daysInMonth))}`;
}

/**
 * Whether a moment falls in the range starting on `firstDay` (inclusive, through today): compared
 * by the local day `localDay` gives it, so an answer late in the evening counts on the day the
 * manager saw it on.
 */
function inRange(at: number, firstDay: string | null, localDay: (at: number) => string): boolean {
  return firstDay === null || localDay(at) >= firstDay;
}

/** The points of a series that fall in the range. */
export function withinRange<T extends { at: number }>(points: readonly T[], range: TimeRange, today: string, localDay: (at: number) => string): T[] {
  const firstDay = firstDayOf(range, today);
  return firstDay === null ? [...points] : points.filter((point) => inRange(point.at, firstDay, localDay));
}

/**
 * The range a view opens on when the user has not chosen one: the shortest in which most series
 * (more than half of those with any answer) hold at least `answersForATrend` answers, so their
 * charts show a trend rather than a few dots; else all time.
 */
export function suggestedRange(series: readonly (readonly { at: number }[])[], today: string, localDay: (at: number) => string): TimeRange {
  const answered = series.filter((points) => points.length > 0);
  for (const range of timeRanges) {
    if (range === 'all') break;
    const firstDay = firstDayOf(range, today);
    const enough = answered.filter((points) => points.filter((point) => inRange(point.at, firstDay, localDay)).length >= answersForATrend).length;
    if (enough * 2 > answered.length) return range;
  }
  return 'all';
}
