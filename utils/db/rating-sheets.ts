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

/**
 * The ratings of `sheets` (in primary-key order) as the backup file writes the table: their texts
 * joined where the sheets' ratings already follow one another in id order, as they do when rating
 * ids begin with their session's; otherwise decoded, sorted and written again.
 */
export function serializeSheets(sheets: readonly RatingSheet[]): string {
  const filled = sheets.filter((sheet) => sheet.ratingIds.length > 0);
  for (let index = 1; index < filled.length; index += 1) {
    if (filled[index - 1]!.ratingIds.at(-1)! >= filled[index]!.ratingIds[0]!) return serializeTable(filled.flatMap(ratingsOf).sort(compareIds));
  }
  return `[${filled.map((sheet) => sheet.ratingsJson.slice(1, -1)).join(',')}]`;
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
