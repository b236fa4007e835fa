import { compareIds, serializeTable } from '../backup/format';
import type { RatingRecord } from './records';

/**
 * One person's ratings of one year (sheetIdOf), stored together as one row. Each rating stays a
 * whole record inside it (its own id, clocks and tombstone), so sync and backups still see ratings
 * one by one. Why so big a row: IndexedDB reads rows under 64 KB at ~10 ns a byte, while Chrome
 * keeps bigger ones as files of their own and reads them about five times faster. A year of weekly
 * 1:1s is ~150 KB. The price is paid on writes: a rating click rewrites its sheet, ~30 ms in the
 * background for the seeded data's biggest (1,098 ratings) against ~9 ms for a session's sheet, so
 * bulk writers (restore, sync) put a table's records in one call.
 */
export interface RatingSheet {
  /** See sheetIdOf. */
  id: string;
  /**
   * The ratings in runs: one per session, and one per rating in the sheet ''. Each run is its
   * ratings sorted by id, as the backup file writes a table (serializeTable), and runs come in the
   * order of their first ids. Kept as text: a string is read back in one copy where a session's ~9
   * ratings are ~110 values to decode, and an export joins these texts instead of decoding and
   * writing every rating again.
   */
  runs: string[];
  /** Each run's session ('' for a sessionless tombstone's). */
  sessionIds: string[];
  /** Every rating's id, run after run. */
  ratingIds: string[];
  /** Where each run's ids end in `ratingIds`. */
  runEnds: number[];
  /** Index keys over the ratings: each one's person and objective. */
  personIds: string[];
  objectiveIds: string[];
}

/** The sheet's indexes (utils/db/migrations/011-person-year-sheets.ts). */
export const ratingSheetStore = 'id, *ratingIds, *personIds, *objectiveIds, *sessionIds';

/** A run of ratings in id order, as the backup file writes it. */
export interface RatingRun {
  sessionId: string;
  ids: string[];
  text: string;
}

/** The sheet `id` with these ratings. */
export function ratingSheet(id: string, ratings: readonly RatingRecord[]): RatingSheet {
  // A run per session; a sessionless tombstone, keyed by itself, makes a run of its own.
  const runs = [...groupBy(ratings, (rating) => (typeof rating.sessionId === 'string' ? rating.sessionId : rating)).values()].map((group): RatingRun => {
    const sorted = [...group].sort(compareIds);
    const sessionId = sorted[0]!.sessionId;
    return { sessionId: typeof sessionId === 'string' ? sessionId : '', ids: sorted.map((rating) => rating.id), text: serializeTable(sorted) };
  });
  runs.sort(byFirstId);
  // Only strings: a tombstone without fields has no person or objective to index.
  const unique = (values: unknown[]) => [...new Set(values.filter((value): value is string => typeof value === 'string'))];
  let end = 0;
  return {
    id,
    runs: runs.map((run) => run.text),
    sessionIds: runs.map((run) => run.sessionId),
    ratingIds: runs.flatMap((run) => run.ids),
    runEnds: runs.map((run) => (end += run.ids.length)),
    personIds: unique(ratings.map((rating) => rating.personId)),
    objectiveIds: unique(ratings.map((rating) => rating.objectiveId)),
  };
}

const byFirstId = (a: RatingRun, b: RatingRun) => compareIds({ id: a.ids[0]! }, { id: b.ids[0]! });

/** The sheet's runs, each with its session and its ratings' ids. */
function runsOf(sheet: RatingSheet): RatingRun[] {
  let start = 0;
  return sheet.runs.map((text, index) => {
    const end = sheet.runEnds[index]!;
    const run = { sessionId: sheet.sessionIds[index]!, ids: sheet.ratingIds.slice(start, end), text };
    start = end;
    return run;
  });
}

/** The ratings of these runs, run after run. */
export function ratingsOfRuns(runs: readonly RatingRun[]): RatingRecord[] {
  return runs.flatMap((run) => JSON.parse(run.text) as RatingRecord[]);
}

/** The sheet's ratings, run after run. */
export function ratingsOf(sheet: RatingSheet): RatingRecord[] {
  return ratingsOfRuns(runsOf(sheet));
}

/** Every run of `sheets`, in the order of their first ids. */
export function runsInIdOrder(sheets: readonly RatingSheet[]): RatingRun[] {
  return sheets.flatMap(runsOf).sort(byFirstId);
}

/**
 * The ratings of `sheets` as the backup file writes the table. Each run is in id order; the runs
 * are joined as they are when, put in order, none overlaps the next, as when rating ids begin with
 * their session's. Otherwise (e.g. a session's ratings split over two years' sheets, or a
 * sessionless tombstone among a session's ids) all are decoded, sorted and written again.
 */
export function serializeSheets(sheets: readonly RatingSheet[]): string {
  const runs = runsInIdOrder(sheets);
  for (let index = 1; index < runs.length; index += 1) {
    if (runs[index - 1]!.ids.at(-1)! >= runs[index]!.ids[0]!) return serializeTable(ratingsOfRuns(runs).sort(compareIds));
  }
  return `[${runs.map((run) => run.text.slice(1, -1)).join(',')}]`;
}

/**
 * The sheet a rating belongs in: its person's, for the year (UTC) it was made. The year keeps a
 * sheet from growing without end; the person keeps a person's ratings in a few rows. A session not
 * yet linked to a person puts its ratings in the personless sheet of the year. A peer's tombstone
 * for a rating never seen here carries no fields (deleted data does not travel), so it has no
 * session; such tombstones share the sheet '', an id no person's sheet has.
 */
export function sheetIdOf(rating: RatingRecord): string {
  if (typeof rating.sessionId !== 'string') return '';
  return `${rating.personId ?? ''}/${new Date(rating.createdAt).getUTCFullYear()}`;
}

/** Ratings grouped by the sheet they belong in, in the order the sheets first appear. */
export function bySheet(ratings: readonly RatingRecord[]): Map<string, RatingRecord[]> {
  return groupBy(ratings, sheetIdOf);
}

/** Map.groupBy, which Chrome has only from 117 (the manifest asks for 116). */
function groupBy<K>(ratings: readonly RatingRecord[], keyOf: (rating: RatingRecord) => K): Map<K, RatingRecord[]> {
  const groups = new Map<K, RatingRecord[]>();
  for (const rating of ratings) {
    const key = keyOf(rating);
    const group = groups.get(key);
    if (group) group.push(rating);
    else groups.set(key, [rating]);
  }
  return groups;
}
