import Dexie, { type DexieOptions, type Table } from 'dexie';
import * as initial from './migrations/001-initial';
import type { MetaRecord, RecordTable, RecordTables } from './records';

export const databaseName = 'coachbar';

type RecordTableMap = { [T in RecordTable]: Table<RecordTables[T], string> };

export interface CoachbarDatabase extends Dexie, RecordTableMap {
  meta: Table<MetaRecord, MetaRecord['key']>;
}

/** Numbered migrations, applied in order; each new one gets a spec that upgrades a real old database. */
const migrations = [initial];

export function openDatabase(options: DexieOptions = {}, name = databaseName): CoachbarDatabase {
  // Chrome 121+ commits with relaxed durability by default; user text must survive a crash.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict', ...options }) as CoachbarDatabase;
  for (const migration of migrations) db.version(migration.version).stores(migration.stores);
  return db;
}
