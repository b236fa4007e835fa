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

/** Stable JSON (2-space indent): fixed top-level order, tables in `backupTables` order, record keys sorted. */
export function serializeBackup(backup: Backup): string {
  const records: Record<string, unknown[]> = {};
  for (const table of backupTables) records[table] = backup.records[table].map(sortKeys);
  return JSON.stringify(
    {
      format: backup.format,
      formatVersion: backup.formatVersion,
      exportedAt: backup.exportedAt,
      schemaVersion: backup.schemaVersion,
      records,
    },
    null,
    2,
  );
}

/** Records are shallow (a few levels), so plain recursion is safe here. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const field = (value as Record<string, unknown>)[key];
    // Like JSON.stringify: undefined fields are left out.
    if (field !== undefined) Object.defineProperty(sorted, key, { value: sortKeys(field), enumerable: true, writable: true, configurable: true });
  }
  return sorted;
}
