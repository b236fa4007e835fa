import { backupFileParts, backupTables, fileTables, type TableRecords } from '../backup/format';
import { planRestore, type RestoreCounts, type RestorePlan } from '../backup/merge';
import { parseBackup, type BackupProblem } from '../backup/parse';
import { receiveHlc, tickHlc } from '../clock/hlc';
import { schemaVersion, type CoachbarDatabase } from './database';
import type { RecordTable, RecordTables } from './records';
import { recordAccess, storesOf } from './tables';

export type RestorePreview =
  | { ok: true; summary: RestorePlan['summary']; totals: RestoreCounts }
  | { ok: false; problem: BackupProblem };

/** Full backups (tombstones included) and restores as a merge, applied in one transaction or not at all. */
export class BackupRepository {
  constructor(
    private readonly db: CoachbarDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  private async readAll(): Promise<TableRecords> {
    const entries = await Promise.all(backupTables.map(async (table) => [table, await recordAccess(this.db, table).toArray()] as const));
    return Object.fromEntries(entries) as TableRecords;
  }

  /** The full backup file as one string (docs/data-format.md). */
  async export(): Promise<string> {
    return (await this.exportParts((text) => text)).join('');
  }

  /**
   * The full backup file as parts (see backupFileParts), read in one transaction. Every table is
   * asked for at once and whole (Dexie's toArray is one getAll, far faster than pages or cursors);
   * IndexedDB answers one after another, and each table's text is handed to `toPart` as it
   * arrives, e.g. to send it to the page while the next is read.
   */
  async exportParts<Part>(toPart: (tableText: string) => Part): Promise<(string | Part)[]> {
    const exportedAt = this.now();
    const tables = {} as Record<RecordTable, Part>;
    await this.db.transaction('r', storesOf(backupTables), () =>
      Promise.all(
        fileTables.map(async (table) => {
          tables[table] = toPart(await recordAccess(this.db, table).serialized());
        }),
      ),
    );
    return backupFileParts(exportedAt, schemaVersion, tables);
  }

  async preview(text: string): Promise<RestorePreview> {
    const parsed = parseBackup(text);
    if (!parsed.ok) return parsed;
    const plan = planRestore(await this.readAll(), parsed.backup);
    return { ok: true, summary: plan.summary, totals: plan.totals };
  }

  /** Plans against the data inside the same transaction, so nothing written meanwhile is overwritten blindly. */
  async apply(text: string): Promise<RestorePreview> {
    const parsed = parseBackup(text);
    if (!parsed.ok) return parsed;
    return this.db.transaction('rw', [...storesOf(backupTables), 'meta'], async () => {
      const plan = planRestore(await this.readAll(), parsed.backup);
      for (const table of backupTables) {
        const records = plan.put[table] as RecordTables[typeof table][];
        if (records.length === 0) continue;
        await recordAccess(this.db, table).bulkPut(records);
      }
      const [device, clock] = await this.db.meta.bulkGet(['deviceId', 'clock']);
      const deviceId = device?.value ?? crypto.randomUUID();
      let stamp = plan.maxClock ? receiveHlc(clock?.value ?? null, plan.maxClock, this.now(), deviceId) : (clock?.value ?? null);
      const copies = plan.conflictCopies.map((copy) => {
        stamp = tickHlc(stamp, this.now(), deviceId);
        return { ...copy, updatedAt: stamp };
      });
      if (copies.length > 0) await this.db.notes.bulkPut(copies);
      if (stamp) await this.db.meta.bulkPut([{ key: 'deviceId', value: deviceId }, { key: 'clock', value: stamp }]);
      return { ok: true as const, summary: plan.summary, totals: plan.totals };
    });
  }
}
