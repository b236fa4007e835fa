import type { Transaction } from 'dexie';
import { hasSortedKeys, withSortedKeys } from '../../json/sorted-keys';
import { stores as previousStores } from './007-drop-ratings';

/**
 * Schema v8: rows stored before v8 get their keys sorted, as every write now stores them
 * (utils/db/sorted-keys-middleware.ts), so an export serializes them as they are read. Only rows
 * out of order are written again.
 */
export const version = 8;

/** Same records, same stores; only the order of keys inside rows changes. */
export const storageOnly = true;

export const stores = previousStores;

export async function upgrade(tx: Transaction): Promise<void> {
  const present = Object.entries(stores).flatMap(([store, schema]) => (schema === null ? [] : [store]));
  for (const store of present) {
    const rows: unknown[] = await tx.table(store).toArray();
    const unsorted = rows.filter((row) => !hasSortedKeys(row));
    if (unsorted.length > 0) await tx.table(store).bulkPut(unsorted.map(withSortedKeys));
  }
}
