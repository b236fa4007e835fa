import type { Transaction } from 'dexie';
import type { RatingRecord } from '../records';
import { stores as previousStores } from './010-note-words';

/**
 * Schema v11: ratings move from a sheet per session to a sheet per person and year, big enough
 * rows for IndexedDB to read them several times faster. Sheets keep their ratings in runs per
 * session, indexed by session. Migration 12 moves ratings back to a row each.
 */
export const version = 11;

/** Same records; only how they are grouped into rows changes. */
export const storageOnly = true;

export const stores = {
  ...previousStores,
  ratingSheets: 'id, *ratingIds, *personIds, *objectiveIds, *sessionIds',
};

/** A v9–v10 sheet: one session's ratings as one text. */
interface SessionSheet {
  id: string;
  ratingsJson: string;
}

export async function upgrade(tx: Transaction): Promise<void> {
  const table = tx.table<SessionSheet | RatingSheet, string>('ratingSheets');
  // A v9–v10 database holds `ratingsJson`. Older ones come here through migrations 6 and 9, which
  // write v11's shape: by person and year from v5, by session from v6–v8.
  const ratings = (await table.toArray()).flatMap((sheet) => ('ratingsJson' in sheet ? (JSON.parse(sheet.ratingsJson) as RatingRecord[]) : ratingsOf(sheet)));
  await table.clear();
  await table.bulkPut([...bySheet(ratings)].map(([id, sheet]) => ratingSheet(id, sheet)));
}

// Frozen copies, as of v11, of utils/db/rating-sheets.ts and of compareIds and serializeTable from
// utils/backup/format.ts: only what this upgrade uses.

/** A rating sheet as v11 writes it: one person's ratings of one year (sheetIdOf), in runs of one session's each, as the backup file's text. */
interface RatingSheet {
  id: string;
  objectiveIds: string[];
  personIds: string[];
  ratingIds: string[];
  /** Where each run's ids end in `ratingIds`. */
  runEnds: number[];
  runs: string[];
  /** Each run's session ('' for a sessionless tombstone's). */
  sessionIds: string[];
}

interface RatingRun {
  sessionId: string;
  ids: string[];
  text: string;
}

function ratingSheet(id: string, ratings: readonly RatingRecord[]): RatingSheet {
  // A run per session; a sessionless tombstone, keyed by itself, makes a run of its own.
  const runs = [...groupBy(ratings, (rating) => (typeof rating.sessionId === 'string' ? rating.sessionId : rating)).values()].map((group): RatingRun => {
    const sorted = [...group].sort(compareIds);
    const sessionId = sorted[0]!.sessionId;
    return { sessionId: typeof sessionId === 'string' ? sessionId : '', ids: sorted.map((rating) => rating.id), text: serializeTable(sorted) };
  });
  runs.sort((a, b) => compareIds({ id: a.ids[0]! }, { id: b.ids[0]! }));
  // Only strings: a tombstone without fields has no person or objective to index.
  const unique = (values: unknown[]) => [...new Set(values.filter((value): value is string => typeof value === 'string'))];
  let end = 0;
  // Keys in sorted order, as v8–v11 stored every row.
  return {
    id,
    objectiveIds: unique(ratings.map((rating) => rating.objectiveId)),
    personIds: unique(ratings.map((rating) => rating.personId)),
    ratingIds: runs.flatMap((run) => run.ids),
    runEnds: runs.map((run) => (end += run.ids.length)),
    runs: runs.map((run) => run.text),
    sessionIds: runs.map((run) => run.sessionId),
  };
}

/** The sheet's ratings, run after run. */
function ratingsOf(sheet: RatingSheet): RatingRecord[] {
  return sheet.runs.flatMap((run) => JSON.parse(run) as RatingRecord[]);
}

/** A rating's sheet: its person's of the year (UTC) it was made; '' for a sessionless tombstone. */
function sheetIdOf(rating: RatingRecord): string {
  if (typeof rating.sessionId !== 'string') return '';
  return `${rating.personId ?? ''}/${new Date(rating.createdAt).getUTCFullYear()}`;
}

function bySheet(ratings: readonly RatingRecord[]): Map<string, RatingRecord[]> {
  return groupBy(ratings, sheetIdOf);
}

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

function compareIds(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Compact JSON with every key, at every level, in sorted order; never a key named like the object prototype. */
function serializeTable(records: readonly object[]): string {
  const keys = new Set<string>();
  collectKeys(records, keys);
  keys.delete('__proto__');
  return JSON.stringify(records, [...keys].sort());
}

function collectKeys(value: unknown, keys: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectKeys(item, keys);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const key of Object.keys(value)) {
    keys.add(key);
    collectKeys((value as Record<string, unknown>)[key], keys);
  }
}
