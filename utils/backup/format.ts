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

/** Tables in the order the file lists them: by name, like every other key. */
export const fileTables: readonly RecordTable[] = [...backupTables].sort();

export interface BackupFileWriter {
  /**
   * Adds records to the file, a page at a time: tables in `fileTables` order (a table left out
   * is written empty), each table's records sorted by id across its pages.
   */
  add(table: RecordTable, records: readonly object[]): void;
  /** Writes the rest of the file; nothing may be added after. */
  end(): void;
}

/**
 * Writes a backup file as pieces in file order, handed to `write` as they are made, so a large
 * backup never has to exist as one string (the background puts the pieces in a Blob as it reads).
 * Joined, the pieces are the file: stable, compact JSON with every key, at every level, in sorted
 * order. Each page's sorted key list is handed to JSON.stringify as its replacer, which orders keys
 * by it in native code; a short list per page costs far less than one list of every key in the file.
 */
export function backupFileWriter(exportedAt: number, schemaVersion: number, write: (piece: string) => void): BackupFileWriter {
  write(`{"exportedAt":${JSON.stringify(exportedAt)},"format":${JSON.stringify(backupFormat)},"formatVersion":${backupFormatVersion},"records":{`);
  let open = -1;
  let empty = true;
  let ended = false;
  /** Closes the open table and opens every table up to `index`, writing skipped ones empty. */
  function advanceTo(index: number): void {
    while (open < index) {
      if (open >= 0) write(']');
      open += 1;
      if (open < fileTables.length) write(`${open > 0 ? ',' : ''}${JSON.stringify(fileTables[open])}:[`);
      empty = true;
    }
  }
  return {
    add(table, records) {
      const index = fileTables.indexOf(table);
      if (ended || index < open) throw new Error(`Backup tables must be added in file order; ${table} came too late`);
      advanceTo(index);
      if (records.length === 0) return;
      const json = JSON.stringify(records, sortedKeys(records));
      if (!empty) write(',');
      // The page's array without its brackets: the table's array spans every page.
      write(json.slice(1, -1));
      empty = false;
    },
    end() {
      if (ended) return;
      advanceTo(fileTables.length);
      write(`},"schemaVersion":${JSON.stringify(schemaVersion)}}`);
      ended = true;
    },
  };
}

/** The whole backup as one string (see backupFileWriter for the form). */
export function serializeBackup(backup: Backup): string {
  const pieces: string[] = [];
  const writer = backupFileWriter(backup.exportedAt, backup.schemaVersion, (piece) => pieces.push(piece));
  for (const table of fileTables) writer.add(table, backup.records[table]);
  writer.end();
  return pieces.join('');
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
