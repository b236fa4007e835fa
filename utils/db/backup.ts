import { backupFileWriter, backupTables, fileTables, type TableRecords } from '../backup/format';
import { planRestore, type RestoreCounts, type RestorePlan } from '../backup/merge';
import { parseBackup, type BackupProblem } from '../backup/parse';
import { receiveHlc, tickHlc } from '../clock/hlc';
import { indexWords } from '../search/tokenize';
import type { CoachbarDatabase } from './database';
import type { RecordTables } from './records';

/** Records per read while exporting: big enough to keep IndexedDB busy, small enough to overlap reading with writing. */
const exportPageSize = 5000;

interface ExportPage {
  /** The table's place in `fileTables`. */
  index: number;
  records: { id: string }[];
}

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
    const entries = await Promise.all(backupTables.map(async (table) => [table, await this.db.table(table).toArray()] as const));
    return Object.fromEntries(entries) as TableRecords;
  }

  /** The full backup file as one string (docs/data-format.md). */
  async export(): Promise<string> {
    const pieces: string[] = [];
    await this.exportTo((piece) => pieces.push(piece));
    return pieces.join('');
  }

  /**
   * Writes the full backup file to `write` piece by piece, read in one transaction. Pages come in
   * id order (the primary key's), and the next page is asked for before this one is serialized,
   * so IndexedDB reads while the pieces are made (and, in the background, put into a Blob).
   */
  async exportTo(write: (piece: string) => void): Promise<void> {
    const writer = backupFileWriter(this.now(), this.db.verno, write);
    await this.db.transaction('r', backupTables, async () => {
      let pending: Promise<ExportPage> | null = this.readPage(0, null);
      while (pending) {
        const { index, records }: ExportPage = await pending;
        const last = records.at(-1);
        pending =
          records.length === exportPageSize && last ? this.readPage(index, last.id) : index + 1 < fileTables.length ? this.readPage(index + 1, null) : null;
        writer.add(fileTables[index]!, records);
      }
    });
    writer.end();
  }

  /** Up to a page of a table's records (the `index`th in file order) with ids after `after`. */
  private async readPage(index: number, after: string | null): Promise<ExportPage> {
    const table = this.db.table<{ id: string }, string>(fileTables[index]!);
    const records = await (after === null ? table.limit(exportPageSize) : table.where(':id').above(after).limit(exportPageSize)).toArray();
    return { index, records };
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
    return this.db.transaction('rw', [...backupTables, 'meta'], async () => {
      const plan = planRestore(await this.readAll(), parsed.backup);
      for (const table of backupTables) {
        const records = plan.put[table] as RecordTables[typeof table][];
        if (records.length === 0) continue;
        // Search words are derived data: computed here, never trusted from a file.
        const prepared = table === 'notes' ? records.map((note) => ({ ...note, words: indexWords((note as RecordTables['notes']).text) })) : records;
        await this.db.table(table).bulkPut(prepared);
      }
      const [device, clock] = await this.db.meta.bulkGet(['deviceId', 'clock']);
      const deviceId = device?.value ?? crypto.randomUUID();
      let stamp = plan.maxClock ? receiveHlc(clock?.value ?? null, plan.maxClock, this.now(), deviceId) : (clock?.value ?? null);
      const copies = plan.conflictCopies.map((copy) => {
        stamp = tickHlc(stamp, this.now(), deviceId);
        return { ...copy, updatedAt: stamp, words: indexWords(copy.text) };
      });
      if (copies.length > 0) await this.db.notes.bulkPut(copies);
      if (stamp) await this.db.meta.bulkPut([{ key: 'deviceId', value: deviceId }, { key: 'clock', value: stamp }]);
      return { ok: true as const, summary: plan.summary, totals: plan.totals };
    });
  }
}
