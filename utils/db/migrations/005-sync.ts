import { stores as previousStores } from './004-note-search';

/**
 * Schema v5, for sync: the outbox of local changes not yet pushed, and conflict copies. Nothing to
 * convert: the first push to a vault sends every record, and records without field clocks count
 * every field as written at `updatedAt`.
 */
export const version = 5;

export const stores = {
  ...previousStores,
  outbox: 'key',
  conflicts: 'id, recordId, updatedAt',
};
