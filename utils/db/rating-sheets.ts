import { compareIds, serializeTable } from '../backup/format';
import type { RatingRecord } from './records';

/**
 * A session's ratings, stored together as one row. Each rating stays a whole record inside it (its
 * own id, clocks and tombstone), so sync and backups still see ratings one by one. One row per
 * session instead of one per rating is what makes reading them all fast: IndexedDB pays about
 * 10 µs per row returned, and 3,000 sessions hold ~27,000 ratings.
 */
export interface RatingSheet {
  /** The session's id ('' for tombstones without one: see sheetIdOf). */
  id: string;
  /**
   * The ratings, sorted by id, as the backup file writes a table (serializeTable). Kept as text: a
   * string is read back in one copy where a session's ~9 ratings are ~110 values to decode, and an
   * export joins these texts instead of decoding and writing every rating again (~40 ms less for
   * 3,000 sessions).
   */
  ratingsJson: string;
  /** Index keys over the ratings: each one's id, person and objective. */
  ratingIds: string[];
  personIds: string[];
  objectiveIds: string[];
}

/** The sheet's indexes (utils/db/migrations/006-rating-sheets.ts). */
export const ratingSheetStore = 'id, *ratingIds, *personIds, *objectiveIds';

/** The sheet `id` with these ratings, which it keeps sorted by id. */
export function ratingSheet(id: string, ratings: readonly RatingRecord[]): RatingSheet {
  // Only strings: a tombstone without fields has no person or objective to index.
  const unique = (values: unknown[]) => [...new Set(values.filter((value): value is string => typeof value === 'string'))];
  const sorted = [...ratings].sort(compareIds);
  return {
    id,
    ratingsJson: serializeTable(sorted),
    ratingIds: sorted.map((rating) => rating.id),
    personIds: unique(ratings.map((rating) => rating.personId)),
    objectiveIds: unique(ratings.map((rating) => rating.objectiveId)),
  };
}

/** The sheet's ratings, sorted by id. */
export function ratingsOf(sheet: RatingSheet): RatingRecord[] {
  return JSON.parse(sheet.ratingsJson) as RatingRecord[];
}

/** A run of ratings in id order, from `id` (the first) to `last`, as the inside of a JSON array. */
interface Run {
  id: string;
  last: string;
  inner: string;
}

/**
 * The ratings of `sheets` as the backup file writes the table. Each sheet's ratings are a run in
 * id order; the runs are joined as they are when, put in order, none overlaps the next, as when
 * rating ids begin with their session's. The sessionless tombstones of sheet '' are few and may
 * fall anywhere, so each is a run of its own. Otherwise all are decoded, sorted and written again.
 */
export function serializeSheets(sheets: readonly RatingSheet[]): string {
  const runs: Run[] = [];
  for (const sheet of sheets) {
    if (sheet.id === '') {
      for (const rating of ratingsOf(sheet)) runs.push({ id: rating.id, last: rating.id, inner: serializeTable([rating]).slice(1, -1) });
    } else if (sheet.ratingIds.length > 0) {
      runs.push({ id: sheet.ratingIds[0]!, last: sheet.ratingIds.at(-1)!, inner: sheet.ratingsJson.slice(1, -1) });
    }
  }
  runs.sort(compareIds);
  for (let index = 1; index < runs.length; index += 1) {
    if (runs[index - 1]!.last >= runs[index]!.id) return serializeTable(sheets.flatMap(ratingsOf).sort(compareIds));
  }
  return `[${runs.map((run) => run.inner).join(',')}]`;
}

/**
 * The sheet a rating belongs in: its session's. A peer's tombstone for a rating never seen here
 * carries no fields (deleted data does not travel), so it has no session; such tombstones share
 * the sheet '', an id no session has.
 */
export function sheetIdOf(rating: RatingRecord): string {
  return typeof rating.sessionId === 'string' ? rating.sessionId : '';
}

/** Ratings grouped by the sheet they belong in, in the order the sheets first appear. */
export function bySheet(ratings: readonly RatingRecord[]): Map<string, RatingRecord[]> {
  const sheets = new Map<string, RatingRecord[]>();
  for (const rating of ratings) {
    const id = sheetIdOf(rating);
    const group = sheets.get(id);
    if (group) group.push(rating);
    else sheets.set(id, [rating]);
  }
  return sheets;
}
