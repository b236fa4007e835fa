import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import * as initial from './migrations/001-initial';
import * as callClock from './migrations/002-call-clock';
import * as peopleOkrs from './migrations/003-people-okrs';
import * as noteSearch from './migrations/004-note-search';
import * as sync from './migrations/005-sync';
import type { MetaRecord, OutboxEntry, RecordTable, RecordTables } from './records';

export const databaseName = 'coachbar';

type RecordTableMap = { [T in RecordTable]: Table<RecordTables[T], string> };

export interface CoachbarDatabase extends Dexie, RecordTableMap {
  meta: Table<MetaRecord, MetaRecord['key']>;
  outbox: Table<OutboxEntry, string>;
}

/** Numbered migrations, applied in order; each new one gets a spec that upgrades a real old database. */
interface Migration {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

const migrations: Migration[] = [initial, callClock, peopleOkrs, noteSearch, sync];

/** The schema version this build writes; sync peers on a higher one hold newer data. */
export const schemaVersion = migrations.at(-1)!.version;

export function openDatabase(options: DexieOptions = {}, name = databaseName): CoachbarDatabase {
  // Chrome 121+ commits with relaxed durability by default; user text must survive a crash.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict', ...options }) as CoachbarDatabase;
  for (const migration of migrations) {
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
  return db;
}
