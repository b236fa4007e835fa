import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import * as initial from './migrations/001-initial';
import * as callClock from './migrations/002-call-clock';
import * as peopleOkrs from './migrations/003-people-okrs';
import * as noteSearch from './migrations/004-note-search';
import * as sync from './migrations/005-sync';
import * as ratingSheets from './migrations/006-rating-sheets';
import * as dropRatings from './migrations/007-drop-ratings';
import * as sortedKeys from './migrations/008-sorted-keys';
import * as ratingText from './migrations/009-rating-text';
import * as noteWords from './migrations/010-note-words';
import * as personYearSheets from './migrations/011-person-year-sheets';
import { noteWordsMiddleware, type NoteWords } from './note-words-middleware';
import type { RatingSheet } from './rating-sheets';
import { sortedKeysMiddleware } from './sorted-keys-middleware';
import type { MetaRecord, OutboxEntry, RecordTable, RecordTables } from './records';

export const databaseName = 'coachbar';

/** Tables stored one record per row; ratings are kept in rating sheets (reach them through utils/db/tables.ts). */
type RecordTableMap = { [T in Exclude<RecordTable, 'ratings'>]: Table<RecordTables[T], string> };

export interface CoachbarDatabase extends Dexie, RecordTableMap {
  ratingSheets: Table<RatingSheet, string>;
  noteWords: Table<NoteWords, string>;
  meta: Table<MetaRecord, MetaRecord['key']>;
  outbox: Table<OutboxEntry, string>;
}

/** Numbered migrations, applied in order; each new one gets a spec that upgrades a real old database. */
interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
  /** Set when only the storage changed and records keep their shape, so peers and files need no update. */
  storageOnly?: boolean;
}

const migrations: Migration[] = [initial, callClock, peopleOkrs, noteSearch, sync, ratingSheets, dropRatings, sortedKeys, ratingText, noteWords, personYearSheets];

/**
 * The version of the records' shape this build writes, in backups and sync files; sync peers on a
 * higher one hold newer data. The database's own version also counts storage-only changes.
 */
export const schemaVersion = migrations.findLast((migration) => !migration.storageOnly)!.version;

export function openDatabase(options: DexieOptions = {}, name = databaseName): CoachbarDatabase {
  // Chrome 121+ commits with relaxed durability by default; user text must survive a crash.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict', ...options }) as CoachbarDatabase;
  for (const migration of migrations) {
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
  return db.use(sortedKeysMiddleware).use(noteWordsMiddleware);
}
