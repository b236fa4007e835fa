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

/** Records in id order: by UTF-16 code units, the order IndexedDB keeps string keys in. */
export function compareIds(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Tables in a fixed order, records sorted by id, so the same data always gives the same file. */
export function createBackup(tables: TableRecords, exportedAt: number, schemaVersion: number): Backup {
  const records = {} as Record<RecordTable, unknown[]>;
  for (const table of backupTables) {
    // Tombstones stay in: a restore elsewhere must learn of the delete.
    records[table] = [...tables[table]].sort(compareIds);
  }
  return { format: backupFormat, formatVersion: backupFormatVersion, exportedAt, schemaVersion, records: records as TableRecords };
}

/** Tables in the order the file lists them: by name, like every other key. */
export const fileTables: readonly RecordTable[] = [...backupTables].sort();

/**
 * One table's records as the file writes them: compact JSON with every key, at every level, in
 * sorted order. The table's sorted key list is handed to JSON.stringify as its replacer, which
 * orders keys by it in native code: one short list per table, not a sorted copy of every record.
 */
export function serializeTable(records: readonly object[]): string {
  if (records.length === 0) return '[]';
  return JSON.stringify(records, sortedKeys(records));
}

/**
 * The backup file as parts in file order around each table's serializeTable text (or whatever
 * `tables` holds for it, e.g. the number of a piece sent ahead): joined, the parts are the file, so a
 * large backup never has to exist as one string. Stable, compact JSON with every key in sorted order.
 */
export function backupFileParts<Part>(exportedAt: number, schemaVersion: number, tables: Readonly<Record<RecordTable, Part>>): (string | Part)[] {
  const parts: (string | Part)[] = [`{"exportedAt":${JSON.stringify(exportedAt)},"format":${JSON.stringify(backupFormat)},"formatVersion":${backupFormatVersion},"records":{`];
  fileTables.forEach((table, index) => parts.push(`${index > 0 ? ',' : ''}${JSON.stringify(table)}:`, tables[table]));
  parts.push(`},"schemaVersion":${JSON.stringify(schemaVersion)}}`);
  return parts;
}

/** The whole backup as one string (see backupFileParts for the form). */
export function serializeBackup(backup: Backup): string {
  const tables = {} as Record<RecordTable, string>;
  for (const table of backupTables) tables[table] = serializeTable(backup.records[table]);
  return backupFileParts(backup.exportedAt, backup.schemaVersion, tables).join('');
}

/** Every key in the records, at every level, sorted; never one named like the object prototype. */
function sortedKeys(records: readonly object[]): string[] {
  const keys = new Set<string>();
  collectKeys(records, keys);
  // A key named like the object prototype cannot come from a validated record; never emit it.
  keys.delete('__proto__');
  return [...keys].sort();
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
