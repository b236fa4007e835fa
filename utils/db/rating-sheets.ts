import type { RatingRecord } from './records';

/**
 * A session's ratings, stored together as one row. Each rating stays a whole record inside it (its
 * own id, clocks and tombstone), so sync and backups still see ratings one by one. One row per
 * session instead of one per rating is what makes reading them all fast: IndexedDB pays about
 * 10 µs per row returned, and 3,000 sessions hold ~27,000 ratings.
 */
export interface RatingSheet {
  /** The session's id. */
  id: string;
  ratings: RatingRecord[];
  /** Index keys over the ratings: each one's id, person and objective. */
  ratingIds: string[];
  personIds: string[];
  objectiveIds: string[];
}

/** The sheet's indexes (utils/db/migrations/006-rating-sheets.ts). */
export const ratingSheetStore = 'id, *ratingIds, *personIds, *objectiveIds';

/** The sheet for a session's ratings, which it keeps sorted by id. */
export function ratingSheet(sessionId: string, ratings: readonly RatingRecord[]): RatingSheet {
  const unique = (values: (string | null)[]) => [...new Set(values.filter((value) => value !== null))];
  const sorted = [...ratings].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    id: sessionId,
    ratings: sorted,
    ratingIds: sorted.map((rating) => rating.id),
    personIds: unique(ratings.map((rating) => rating.personId)),
    objectiveIds: unique(ratings.map((rating) => rating.objectiveId)),
  };
}

/** Ratings grouped by session, in the order the sessions first appear. */
export function bySession(ratings: readonly RatingRecord[]): Map<string, RatingRecord[]> {
  const sessions = new Map<string, RatingRecord[]>();
  for (const rating of ratings) {
    const group = sessions.get(rating.sessionId);
    if (group) group.push(rating);
    else sessions.set(rating.sessionId, [rating]);
  }
  return sessions;
}
