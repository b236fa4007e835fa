import { backupFileParts, backupTables, fileTables, serializeTable, type TableRecords } from '../backup/format';
import { planRestore, restoreNeedsYes, type RestoreCounts, type RestorePlan } from '../backup/merge';
import { parseBackup, type BackupProblem } from '../backup/parse';
import { schemaVersion, type CoachbarDatabase } from './database';
import type { RecordTable } from './records';
import type { RecordWriter } from './writer';

export type RestorePreview =
  | {
      ok: true;
      summary: RestorePlan['summary'];
      totals: RestoreCounts;
      /** Live records here before the restore, per table: what "deletes 10 %" is measured against. */
      live: Record<RecordTable, number>;
    }
  | { ok: false; problem: BackupProblem };

/** Full backups (tombstones included) and restores as a merge, applied through the writer in one transaction or not at all. */
export class BackupRepository {
  constructor(
    private readonly db: CoachbarDatabase,
    private readonly writer: RecordWriter,
    private readonly now: () => number = Date.now,
  ) {}

  private async readAll(): Promise<TableRecords> {
    const entries = await Promise.all(backupTables.map(async (table) => [table, await this.db.table(table).toArray()] as const));
    return Object.fromEntries(entries) as TableRecords;
  }

  /** The full backup file as one string (docs/data-format.md). */
  async export(): Promise<string> {
    return (await this.exportParts((text) => text)).join('');
  }

  /**
   * The full backup file as parts (see backupFileParts), read in one transaction. Each table's text
   * is handed to `toPart` as it is made, e.g. to send it to the page while the next is read.
   */
  async exportParts<Part>(toPart: (tableText: string) => Part): Promise<(string | Part)[]> {
    const exportedAt = this.now();
    const tables = {} as Record<RecordTable, Part>;
    await this.db.transaction('r', backupTables, async () => {
      for (const table of fileTables) tables[table] = toPart(serializeTable(await this.db.table(table).toArray()));
    });
    return backupFileParts(exportedAt, schemaVersion, tables);
  }

  async preview(text: string): Promise<RestorePreview> {
    const parsed = parseBackup(text, this.now());
    if (!parsed.ok) return parsed;
    const current = await this.db.transaction('r', backupTables, () => this.readAll());
    const plan = planRestore(current, parsed.backup);
    return { ok: true, summary: plan.summary, totals: plan.totals, live: liveCounts(current) };
  }

  /**
   * Plans against the data inside the same transaction, so nothing written meanwhile is overwritten
   * blindly, and writes the plan through the writer: restored records reach sync peers too. A plan
   * that deletes many records is refused, changing nothing, unless the user said yes to it.
   */
  async apply(text: string, { onProgress, allowDeletes = false }: RestoreOptions = {}): Promise<RestorePreview> {
    const parsed = parseBackup(text, this.now());
    if (!parsed.ok) return parsed;
    return this.db.transaction('rw', this.writer.storesFor(backupTables), async () => {
      const current = await this.readAll();
      const plan = planRestore(current, parsed.backup);
      const live = liveCounts(current);
      if (!allowDeletes && restoreNeedsYes(plan.summary, live)) throw new RestoreNeedsYesError(plan.totals.deleted);
      // What changes something here goes to the other devices too; tombstones of records never here
      // and newer clocks of deleted ones are only kept, so a restore deletes nothing elsewhere unseen.
      const shown = count(plan.put);
      const total = shown + count(plan.quiet);
      await this.writer.putMerged(plan.put, { seen: plan.maxClock, publish: true, onProgress: (done) => onProgress?.(done, total) });
      await this.writer.putMerged(plan.quiet, { seen: null, publish: false, onProgress: (done) => onProgress?.(shown + done, total) });
      // The local text that lost to the backup, shown under its note as sync shows a conflict.
      await this.writer.keepConflicts(plan.conflictCopies);
      return { ok: true as const, summary: plan.summary, totals: plan.totals, live };
    });
  }
}

export interface RestoreOptions {
  /** Told as records are written, with how many of all are done. */
  onProgress?: (done: number, total: number) => void;
  /** The user said yes to a restore that deletes many records (restoreNeedsYes). */
  allowDeletes?: boolean;
}

export class RestoreNeedsYesError extends Error {
  override name = 'RestoreNeedsYesError';
  constructor(deletes: number) {
    super(`This restore deletes ${deletes} records: confirm it before restoring. Nothing was changed.`);
  }
}

function count(records: TableRecords): number {
  return Object.values(records).reduce((sum, table) => sum + table.length, 0);
}

function liveCounts(tables: TableRecords): Record<RecordTable, number> {
  return Object.fromEntries(backupTables.map((table) => [table, tables[table].filter((record) => record.deletedAt === null).length])) as Record<RecordTable, number>;
}
