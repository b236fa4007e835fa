import type { Transaction } from 'dexie';
import { ratingSheet } from '../rating-sheets';
import type { RatingRecord } from '../records';
import { stores as previousStores } from './008-sorted-keys';

/**
 * Schema v9: a rating sheet keeps its ratings as the backup file's text (RatingSheet.ratingsJson)
 * instead of as objects, so an export joins those texts. Sheets written by a v6–v8 build hold
 * `ratings`; migration 6 builds its sheets with today's ratingSheet(), so a database upgraded
 * from v5 already holds text, and those sheets are left as they are.
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
