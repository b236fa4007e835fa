import type { IndexableType, Table } from 'dexie';
import type { CoachbarDatabase } from './database';
import type { RecordFields, RecordTable, RecordTables } from './records';
import type { RecordEdit, RecordWriter } from './writer';

/** Reads that hide tombstones, and writes through the one writer: the building block of the repositories. */
export class RecordStore<T extends RecordTable> {
  constructor(
    private readonly db: CoachbarDatabase,
    private readonly writer: RecordWriter,
    readonly table: T,
  ) {}

  private get records(): Table<RecordTables[T], string> {
    return this.db.table(this.table);
  }

  async get(id: string): Promise<RecordTables[T] | undefined> {
    const record = await this.records.get(id);
    return record?.deletedAt === null ? record : undefined;
  }

  /** Live records and tombstones alike. */
  everything(): Promise<RecordTables[T][]> {
    return this.records.toArray();
  }

  async all(): Promise<RecordTables[T][]> {
    // Filtered here, not by Dexie: a Dexie filter walks a cursor, one round trip per record, where
    // a plain toArray() is one getAll().
    return (await this.records.toArray()).filter((record) => record.deletedAt === null);
  }

  where(index: string, value: IndexableType): Promise<RecordTables[T][]> {
    return this.anyOf(index, [value]);
  }

  async anyOf(index: string, values: IndexableType[]): Promise<RecordTables[T][]> {
    if (values.length === 0) return [];
    // One value is a key range, read by one getAll(); Dexie's anyOf walks a cursor.
    const found = values.length === 1 ? this.records.where(index).equals(values[0]!) : this.records.where(index).anyOf(values);
    return (await found.toArray()).filter((record) => record.deletedAt === null);
  }

  save(id: string, patch: Partial<RecordFields<T>>, init?: () => RecordFields<T>): Promise<RecordTables[T]> {
    return this.writer.upsert(this.table, id, patch, init);
  }

  /** Several saves in one transaction (RecordWriter.upsertMany). */
  saveMany(edits: readonly RecordEdit<T>[]): Promise<RecordTables[T][]> {
    return this.writer.upsertMany(this.table, edits);
  }

  remove(id: string): Promise<void> {
    return this.writer.remove(this.table, id);
  }
}
