import type { Transaction } from 'dexie';
import { stores as previousStores } from './007-drop-ratings';

/**
 * Schema v8: rows stored before v8 get their keys sorted, as v8–v11 stored every row, so an
 * export serialized them as they were read. Only rows out of order are written again.
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

// Frozen copies of utils/json/sorted-keys.ts as of v11: only what this upgrade uses.

/** Plain objects only, from any realm: Dates, Maps, Blobs and the like are values, not records. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === '[object Object]';
}

/** A copy of `value` with every plain object's keys, at every level, in sorted order; arrays keep their order. */
function withSortedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withSortedKeys) as T;
  if (!isPlainObject(value)) return value;
  // fromEntries defines each key as its own, so even a key named "__proto__" stays data.
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, withSortedKeys(value[key])]),
  ) as T;
}

/** True when every object in `value`, at every level, lists its keys in strictly sorted order and none is named "__proto__". */
function hasSortedKeys(value: unknown): boolean {
  if (Array.isArray(value)) {
    for (const item of value) if (!hasSortedKeys(item)) return false;
    return true;
  }
  if (value === null || typeof value !== 'object') return true;
  const keys = Object.keys(value);
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index]!;
    if (key === '__proto__' || (index > 0 && keys[index - 1]! >= key)) return false;
    if (!hasSortedKeys((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}
