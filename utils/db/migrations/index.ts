import type { Dexie, Transaction } from 'dexie';
import * as initial from './001-initial';
import * as callClock from './002-call-clock';
import * as peopleOkrs from './003-people-okrs';
import * as noteSearch from './004-note-search';
import * as sync from './005-sync';
import * as ratingSheets from './006-rating-sheets';
import * as dropRatings from './007-drop-ratings';
import * as sortedKeys from './008-sorted-keys';
import * as ratingText from './009-rating-text';
import * as noteWords from './010-note-words';
import * as personYearSheets from './011-person-year-sheets';
import * as ratingRows from './012-rating-rows';
import * as dropRatingSheets from './013-drop-rating-sheets';
import * as futureStamps from './014-future-stamps';
import * as syncSecrets from './015-sync-secrets';

/**
 * A numbered migration. Each is frozen: it carries the helpers it needs in its own file, so it
 * upgrades data of the version before it the same way whatever today's code does, and it has a
 * spec that upgrades a real database of the version before it.
 */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
  /** Set when only the storage changed and records keep their shape, so peers and files need no update. */
  storageOnly?: boolean;
}

/** Applied in order. */
export const migrations: readonly Migration[] = [
  initial,
  callClock,
  peopleOkrs,
  noteSearch,
  sync,
  ratingSheets,
  dropRatings,
  sortedKeys,
  ratingText,
  noteWords,
  personYearSheets,
  ratingRows,
  dropRatingSheets,
  futureStamps,
  syncSecrets,
];

/** Declares the migrations up to version `upTo` on `db` (all by default); specs open older versions this way. */
export function declareMigrations(db: Dexie, upTo = Number.POSITIVE_INFINITY): void {
  for (const migration of migrations) {
    if (migration.version > upTo) break;
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
}
