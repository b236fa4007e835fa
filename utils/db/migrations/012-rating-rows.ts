import type { Transaction } from 'dexie';
import type { RatingRecord } from '../records';
import { stores as previousStores } from './011-person-year-sheets';

/**
 * Schema v12: ratings go back to a row each, in the record's own shape, in a `ratings` store
 * indexed like every other table: by session, person, statement and objective. Every rating of
 * every sheet moves, tombstones included. The sheets go in v13: Dexie reads a table in an upgrade
 * only if a later version deletes it.
 */
export const version = 12;

/** The records keep their shape; only where they are stored changes. */
export const storageOnly = true;

export const stores = {
  ...previousStores,
  ratings: 'id, sessionId, personId, statementId, objectiveId, updatedAt',
};

/** A v11 sheet: its ratings in runs, each run a JSON array of whole records. */
interface RatingSheet {
  runs: string[];
}

export async function upgrade(tx: Transaction): Promise<void> {
  const sheets = await tx.table<RatingSheet, string>('ratingSheets').toArray();
  const ratings = sheets.flatMap((sheet) => sheet.runs.flatMap((run) => JSON.parse(run) as RatingRecord[]));
  await tx.table<RatingRecord, string>('ratings').bulkPut(ratings);
}
