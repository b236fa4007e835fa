import type { Transaction } from 'dexie';
import { ratingSheet } from '../rating-sheets';
import type { RatingRecord } from '../records';
import { stores as previousStores } from './008-sorted-keys';

/**
 * Schema v9: a rating sheet keeps its ratings as the backup file's text instead of as objects, so
 * an export joins those texts. Sheets written by a v6–v8 build hold `ratings`; they are written
 * again with today's ratingSheet() (still one per session: migration 11 files them by person and
 * year). Migration 6 builds today's sheets directly, so a database upgraded from v5 has none here.
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
