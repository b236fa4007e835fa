import type { RecordTable, RecordTables } from '../db/records';

/**
 * The backup file: every stored record of every table, tombstones included, with a format name
 * and version so a reader can refuse what it does not understand. Documented in docs/data-format.md.
 */
export const backupFormat = 'coachbar-backup';
export const backupFormatVersion = 1;

/** Every table a backup carries, in file order. The `satisfies` keeps the list complete. */
const tableFlags = {
  people: true,
  templates: true,
  sessions: true,
  notes: true,
  ratings: true,
  objectives: true,
  keyResults: true,
  risks: true,
  statements: true,
  statementSets: true,
  actionItems: true,
  questions: true,
  settings: true,
  conflicts: true,
} as const satisfies Record<RecordTable, true>;

export const backupTables = Object.keys(tableFlags) as RecordTable[];

export type TableRecords = { [T in RecordTable]: RecordTables[T][] };

export interface Backup {
  format: typeof backupFormat;
  formatVersion: typeof backupFormatVersion;
  /** When the backup was made, ms since the epoch. */
  exportedAt: number;
  /** The database schema version (utils/db/migrations) of the device that made it; informational. */
  schemaVersion: number;
  records: TableRecords;
}

/** Tables in a fixed order, records sorted by id, so the same data always gives the same file. */
export function createBackup(tables: TableRecords, exportedAt: number, schemaVersion: number): Backup {
  const records = {} as Record<RecordTable, unknown[]>;
  for (const table of backupTables) {
    // Tombstones stay in: a restore elsewhere must learn of the delete.
    records[table] = [...tables[table]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return { format: backupFormat, formatVersion: backupFormatVersion, exportedAt, schemaVersion, records: records as TableRecords };
}

/**
 * Stable JSON (2-space indent): every key, at every level, in sorted order. The sorted key list is
 * handed to JSON.stringify as its replacer, which orders keys by it in native code: several times
 * faster than copying each record with sorted keys.
 */
export function serializeBackup(backup: Backup): string {
  const keys = new Set<string>(['format', 'formatVersion', 'exportedAt', 'schemaVersion', 'records', ...backupTables]);
  for (const table of backupTables) collectKeys(backup.records[table], keys);
  // A key named like the object prototype cannot come from a validated record; never emit it.
  keys.delete('__proto__');
  return JSON.stringify(backup, [...keys].sort(), 2);
}

/** Records are shallow (a few levels), so plain recursion is safe here. */
function collectKeys(value: unknown, keys: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectKeys(item, keys);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const key of Object.keys(value)) {
    keys.add(key);
    collectKeys((value as Record<string, unknown>)[key], keys);
  }
}
