import type { Transaction } from 'dexie';
import { bySheet, ratingSheet } from '../rating-sheets';
import type { RatingRecord } from '../records';
import { stores as previousStores } from './005-sync';

/**
 * Schema v6: ratings move from a row each into rating sheets (utils/db/rating-sheets.ts), so reading
 * them all costs a row per sheet instead of one per rating. v6 built one sheet per session; this
 * upgrade builds today's sheets (bySheet, ratingSheet), which migration 9 leaves as they are and
 * migration 11 files again as they would be filed anyway.
 * The old store goes in v7: Dexie reads a table in an upgrade only if a later version deletes it.
 */
export const version = 6;

/** The records themselves keep their shape; only where they are stored changes. */
export const storageOnly = true;

export const stores = {
  ...previousStores,
  ratingSheets: 'id, *ratingIds, *personIds, *objectiveIds',
};

export async function upgrade(tx: Transaction): Promise<void> {
  const ratings = await tx.table<RatingRecord, string>('ratings').toArray();
  await tx.table('ratingSheets').bulkPut([...bySheet(ratings)].map(([id, sheet]) => ratingSheet(id, sheet)));
}
