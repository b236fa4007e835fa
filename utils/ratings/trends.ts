/** A rating placed in time: when its session started. */
export interface TimedRating {
  sessionId: string;
  personId: string;
  /** Statement id, or objective id for progress ratings. */
  subjectId: string;
  value: number;
  at: number;
}

export interface Point {
  at: number;
  value: number;
  sessionId: string;
}

/** One line per subject, oldest first. */
export function seriesBySubject(ratings: readonly TimedRating[]): Map<string, Point[]> {
  const series = new Map<string, Point[]>();
  for (const rating of [...ratings].sort((a, b) => a.at - b.at || a.sessionId.localeCompare(b.sessionId))) {
    const points = series.get(rating.subjectId) ?? [];
    points.push({ at: rating.at, value: rating.value, sessionId: rating.sessionId });
    series.set(rating.subjectId, points);
  }
  return series;
}

export interface PeriodAverage {
  /** "YYYY-MM" of the period's local month. */
  period: string;
  average: number;
  count: number;
}

/** Team averages per subject per calendar month (UTC offset given), with how many answers each rests on. */
export function monthlyAverages(ratings: readonly TimedRating[], offsetMinutes: number): Map<string, PeriodAverage[]> {
  const sums = new Map<string, Map<string, { sum: number; count: number }>>();
  for (const rating of ratings) {
    const period = new Date(rating.at - offsetMinutes * 60_000).toISOString().slice(0, 7);
    const bySubject = sums.get(rating.subjectId) ?? new Map<string, { sum: number; count: number }>();
    const cell = bySubject.get(period) ?? { sum: 0, count: 0 };
    cell.sum += rating.value;
    cell.count += 1;
    bySubject.set(period, cell);
    sums.set(rating.subjectId, bySubject);
  }
  const result = new Map<string, PeriodAverage[]>();
  for (const [subject, periods] of sums) {
    result.set(
      subject,
      [...periods]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([period, { sum, count }]) => ({ period, average: Math.round((sum / count) * 100) / 100, count })),
    );
  }
  return result;
}

/** The latest value per person and subject: the heat map's cells. */
export function latestValues(ratings: readonly TimedRating[]): Map<string, Map<string, Point>> {
  const latest = new Map<string, Map<string, Point>>();
  for (const rating of ratings) {
    const byPerson = latest.get(rating.personId) ?? new Map<string, Point>();
    const current = byPerson.get(rating.subjectId);
    if (!current || rating.at > current.at) byPerson.set(rating.subjectId, { at: rating.at, value: rating.value, sessionId: rating.sessionId });
    latest.set(rating.personId, byPerson);
  }
  return latest;
}

export interface AgainstBaseline {
  latest: number;
  /** The mean of the answers before the latest, to one decimal; null when there is none. */
  baseline: number | null;
  /** How many answers the baseline rests on. */
  earlierAnswers: number;
  /** Latest minus baseline, to one decimal; null without a baseline. */
  change: number | null;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** A series' latest answer against the person's own baseline, the mean of their earlier answers (oldest first). */
export function againstBaseline(points: readonly { value: number }[]): AgainstBaseline | null {
  const last = points.at(-1);
  if (!last) return null;
  const earlier = points.slice(0, -1);
  if (earlier.length === 0) return { latest: last.value, baseline: null, earlierAnswers: 0, change: null };
  const mean = earlier.reduce((sum, point) => sum + point.value, 0) / earlier.length;
  return { latest: last.value, baseline: oneDecimal(mean), earlierAnswers: earlier.length, change: oneDecimal(last.value - mean) };
}

/** Answers a rolling average takes together: about a month of weekly 1:1s. */
export const rollingAnswers = 4;

/** Each answer replaced by the mean of it and up to `size - 1` answers before it (oldest first), to two decimals. */
export function rollingMean<T extends { at: number; value: number }>(points: readonly T[], size = rollingAnswers): { at: number; value: number }[] {
  let sum = 0;
  return points.map((point, index) => {
    sum += point.value - (index >= size ? points[index - size]!.value : 0);
    const count = Math.min(index + 1, size);
    return { at: point.at, value: Math.round((sum / count) * 100) / 100 };
  });
}
