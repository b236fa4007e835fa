import Dexie, { type DexieOptions, type Table } from 'dexie';
import { declareMigrations, migrations } from './migrations';
import type { MetaRecord, OutboxEntry, RecordTables } from './records';
import type { SyncSecret } from './sync-secrets';

export const databaseName = 'coachbar';

/** A note's search words, kept apart from the note: derived from its text, looked up by search. */
export interface NoteWords {
  id: string;
  words: string[];
}

/** Every record table is a store of its own, one row per record, in the record's shape. */
type RecordTableMap = { [T in keyof RecordTables]: Table<RecordTables[T], string> };

export interface CoachbarDatabase extends Dexie, RecordTableMap {
  noteWords: Table<NoteWords, string>;
  meta: Table<MetaRecord, MetaRecord['key']>;
  outbox: Table<OutboxEntry, string>;
  syncSecrets: Table<SyncSecret, string>;
}

/**
 * The version of the records' shape this build writes, in backups and sync files; sync peers on a
 * higher one hold newer data. The database's own version also counts storage-only changes.
 */
export const schemaVersion = migrations.findLast((migration) => !migration.storageOnly)!.version;

export function openDatabase(options: DexieOptions = {}, name = databaseName): CoachbarDatabase {
  // Chrome 121+ commits with relaxed durability by default; user text must survive a crash.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict', ...options }) as CoachbarDatabase;
  declareMigrations(db);
  return db;
}
