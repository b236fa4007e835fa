import type { Transaction } from 'dexie';
import { bySheet, ratingSheet, ratingSheetStore, ratingsOf, type RatingSheet } from '../rating-sheets';
import type { RatingRecord } from '../records';
import { stores as previousStores } from './010-note-words';

/**
 * Schema v11: ratings move from a sheet per session to a sheet per person and year
 * (utils/db/rating-sheets.ts), big enough rows for IndexedDB to read them several times faster.
 * Sheets keep their ratings in runs per session, indexed by session.
 */
export const version = 11;

/** Same records; only how they are grouped into rows changes. */
export const storageOnly = true;

export const stores = {
  ...previousStores,
  ratingSheets: ratingSheetStore,
};

/** A v9–v10 sheet: one session's ratings as one text. */
interface SessionSheet {
  id: string;
  ratingsJson: string;
}

export async function upgrade(tx: Transaction): Promise<void> {
  const table = tx.table<SessionSheet | RatingSheet, string>('ratingSheets');
  // A v9–v10 database holds `ratingsJson`. Older ones come here through migrations 6 and 9, which
  // write today's shape with today's ratingSheet(): by person and year from v5, by session from v6–v8.
  const ratings = (await table.toArray()).flatMap((sheet) => ('ratingsJson' in sheet ? (JSON.parse(sheet.ratingsJson) as RatingRecord[]) : ratingsOf(sheet)));
  await table.clear();
  await table.bulkPut([...bySheet(ratings)].map(([id, sheet]) => ratingSheet(id, sheet)));
}
