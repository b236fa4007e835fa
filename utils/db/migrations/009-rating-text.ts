import type { Transaction } from 'dexie';
import type { RatingRecord } from '../records';
import { stores as previousStores } from './008-sorted-keys';

/**
 * Schema v9: a rating sheet keeps its ratings as the backup file's text instead of as objects, so
 * an export joined those texts. Sheets written by a v6–v8 build hold `ratings`; they are written
 * again as v11 writes a sheet (still one per session: migration 11 files them by person and year).
 * Migration 6 builds v11's sheets directly, so a database upgraded from v5 has none here.
 */
export const version = 9;

/** Same records, same indexes; only how a sheet holds its ratings changes. */
export const storageOnly = true;

export const stores = previousStores;

export async function upgrade(tx: Transaction): Promise<void> {
  const sheets = tx.table<{ id: string; ratings?: RatingRecord[] }, string>('ratingSheets');
  const old = (await sheets.toArray()).filter((sheet) => Array.isArray(sheet.ratings));
  if (old.length > 0) await sheets.bulkPut(old.map((sheet) => ratingSheet(sheet.id, sheet.ratings!)));
}

// Frozen copies, as of v11, of ratingSheet from utils/db/rating-sheets.ts and of compareIds and
// serializeTable from utils/backup/format.ts: only what this upgrade uses.

/** A rating sheet as v11 writes it: ratings in runs of one session's each, as the backup file's text. */
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
