import Dexie, { type Table } from 'dexie';
import { receiveHlc, tickHlc } from '../clock/hlc';
import { indexWords } from '../search/tokenize';
import { sortedJson } from '../json/sorted-keys';
import { envelopeKey, pendingDelete, type ConflictCopy } from '../sync/merge';
import { syncedFields } from '../sync/envelope';
import type { CoachbarDatabase } from './database';
import type { BaseRecord, ConflictRecord, NoteRecord, OutboxEntry, RecordFields, RecordTable, RecordTables } from './records';

/** What a committed write touched: pages refetch `tables`; `published` means the outbox got news for sync. */
export interface WriteReport {
  tables: RecordTable[];
  published: boolean;
}

/** Records from outside, per table: a restore's or a peer's, already merged and validated. */
export type MergedRecords = { [T in RecordTable]?: readonly RecordTables[T][] };

export interface MergedWriteOptions {
  /** The newest clock stamp seen in them: the device clock moves past it. */
  seen: string | null;
  /** Put them in the outbox, so sync pushes them to peers (a restore); a peer's own records are not. */
  publish: boolean;
  /** Called as records are written, with how many of all are done. */
  onProgress?: (done: number, total: number) => void;
}

/** Records are written in slices this big, so progress can be told between them. */
const progressSlice = 2_000;

/**
 * A restore of more records than this asks sync for one full push instead of an outbox entry per
 * record: the entries would double the rows written, and the push would read them back one by one.
 */
const publishOneByOneUpTo = 1_000;

/**
 * The one place that writes records: user edits, restores, sync and conflict resolution. In the
 * same transaction as each write it stamps the device's hybrid logical clock (per field), keeps
 * the notes' search words (`noteWords`), and notes the change in the outbox that sync pushes from.
 * `onCommitted` hears of every write once it is committed (inside a caller's transaction: once
 * that commits), so no caller has to remember to tell pages or sync.
 */
export class RecordWriter {
  constructor(
    private readonly db: CoachbarDatabase,
    private readonly now: () => number = Date.now,
    private readonly onCommitted: (report: WriteReport) => void = () => undefined,
  ) {}

  /** The stores a write to these tables takes part in: the tables, derived words, clock and outbox. */
  storesFor(tables: readonly RecordTable[]): string[] {
    return [...new Set([...tables, ...(tables.includes('notes') ? ['noteWords'] : []), 'meta', 'outbox'])];
  }

  /** Applies `patch` to the live record `id`, creating it from `init()` when missing or deleted. */
  async upsert<T extends RecordTable>(
    tableName: T,
    id: string,
    patch: Partial<RecordFields<T>>,
    init?: () => RecordFields<T>,
  ): Promise<RecordTables[T]> {
    const [record] = await this.upsertMany(tableName, [{ id, patch, init }]);
    return record!;
  }

  /** Applies each edit as upsert does, in order and all in one transaction. */
  async upsertMany<T extends RecordTable>(tableName: T, edits: readonly RecordEdit<T>[]): Promise<RecordTables[T][]> {
    if (edits.length === 0) return [];
    const table = this.table(tableName);
    let published = false;
    const written = await this.db.transaction('rw', this.storesFor([tableName]), async () => {
      const ids = [...new Set(edits.map((edit) => edit.id))];
      const [found, queued, clock] = await Promise.all([table.bulkGet(ids), this.db.outbox.bulkGet(ids.map((id) => envelopeKey({ type: tableName, id }))), this.deviceClock()]);
      const records = new Map(ids.map((id, index) => [id, found[index]]));
      const outbox = new Map(ids.map((id, index) => [id, queued[index]]));
      const results = edits.map(({ id, patch, init }) => {
        const existing = records.get(id);
        const live = existing && existing.deletedAt === null ? existing : undefined;
        if (!live && !init) throw new RecordNotFoundError(tableName, id);
        const stamp = clock.tick();
        const base = live ?? ({ ...init!(), id, createdAt: this.now(), deletedAt: null } as unknown as RecordTables[T]);
        const merged = { ...base, ...patch, id, updatedAt: stamp } as RecordTables[T];
        // A new or revived record is written whole; a live one only where a value really changed.
        const changed = syncedFields(tableName, merged).filter((field) => !live || !sameValue(live[field as keyof BaseRecord], merged[field as keyof BaseRecord]));
        const previous = completeClocks(tableName, live);
        const fieldClocks = { ...previous, ...Object.fromEntries(changed.map((field) => [field, stamp])) };
        const pending = outbox.get(id);
        const unpushed = new Set(pending?.fields ?? []);
        // Successive unpushed edits keep the base of the first: what peers last saw of the field.
        const rebased = changed.filter((field) => !unpushed.has(field) && previous[field] !== undefined).map((field) => [field, previous[field]!]);
        const baseClocks = { ...live?.baseClocks, ...Object.fromEntries(rebased) };
        const next = { ...merged, fieldClocks, baseClocks };
        records.set(id, next);
        if (changed.length > 0) outbox.set(id, outboxEntry(tableName, id, pending, changed, stamp));
        return next;
      });
      await clock.save();
      await this.putRows(tableName, ids.map((id) => records.get(id)!));
      const entries = ids.flatMap((id, index) => {
        const entry = outbox.get(id);
        return entry && entry !== queued[index] ? [entry] : [];
      });
      if (entries.length > 0) await this.db.outbox.bulkPut(entries);
      published = entries.length > 0;
      return results;
    });
    this.report({ tables: [tableName], published });
    return written;
  }

  /** Marks a record deleted; the tombstone stays so a sync peer learns of the delete. */
  async remove(tableName: RecordTable, id: string): Promise<void> {
    const table = this.table(tableName);
    const removed = await this.db.transaction('rw', this.storesFor([tableName]), async () => {
      const existing = await table.get(id);
      if (!existing || existing.deletedAt !== null) return false;
      const clock = await this.deviceClock();
      const stamp = clock.tick();
      await clock.save();
      await this.putRows(tableName, [{ ...existing, updatedAt: stamp, deletedAt: stamp }]);
      const pending = await this.db.outbox.get(envelopeKey({ type: tableName, id }));
      await this.db.outbox.put(outboxEntry(tableName, id, pending, [pendingDelete], stamp));
      return true;
    });
    if (removed) this.report({ tables: [tableName], published: true });
  }

  /**
   * Writes records that were merged elsewhere (a restore's plan, a peer's batch) as they are, with
   * their own clocks, and moves the device clock past `seen`. Published ones go into the outbox like
   * an edit, so a restore reaches sync peers.
   */
  async putMerged(records: MergedRecords, { seen, publish, onProgress }: MergedWriteOptions): Promise<void> {
    const tables = (Object.keys(records) as RecordTable[]).filter((table) => (records[table]?.length ?? 0) > 0);
    const total = tables.reduce((sum, table) => sum + records[table]!.length, 0);
    const oneByOne = publish && total <= publishOneByOneUpTo;
    await this.db.transaction('rw', this.storesFor(tables), async () => {
      let done = 0;
      for (const table of tables) {
        const rows = records[table] as readonly BaseRecord[];
        for (let start = 0; start < rows.length; start += progressSlice) {
          const slice = rows.slice(start, start + progressSlice);
          await this.putRows(table, slice);
          if (oneByOne) await this.publish(table, slice);
          done += slice.length;
          onProgress?.(done, total);
        }
      }
      if (publish && !oneByOne) await this.db.meta.put({ key: 'pushAll', value: crypto.randomUUID() });
      if (seen !== null) {
        const clock = await this.deviceClock(seen);
        await clock.save();
      }
    });
    if (tables.length > 0) this.report({ tables, published: publish });
  }

  /** Tells `onCommitted` now, or when the caller's own transaction commits (and never if it aborts). */
  private report(report: WriteReport): void {
    const outer = Dexie.currentTransaction;
    if (outer) outer.on('complete', () => this.onCommitted(report));
    else this.onCommitted(report);
  }

  /**
   * Keeps the losing side of texts (a sync merge's or a restore's) as conflict records, shown under
   * their record. Every device that sees a conflict makes the same id, so one that exists (or was
   * resolved) stays as it is; new ones are written as edits: stamped, and pushed to peers.
   */
  async keepConflicts(copies: readonly ConflictCopy[]): Promise<number> {
    const wanted = [...new Map(copies.filter((copy) => copy.type !== 'conflicts').map((copy) => [copy.id, copy])).values()];
    if (wanted.length === 0) return 0;
    const existing = await this.db.conflicts.bulkGet(wanted.map((copy) => copy.id));
    const fresh = wanted.filter((_copy, index) => !existing[index]);
    await this.upsertMany(
      'conflicts',
      fresh.map((copy) => ({
        id: copy.id,
        patch: {},
        init: () => ({ recordId: copy.recordId, recordType: copy.type as ConflictRecord['recordType'], field: copy.field, text: copy.text, hlc: copy.hlc }),
      })),
    );
    return fresh.length;
  }

  private table<T extends RecordTable>(tableName: T): Table<RecordTables[T], string> {
    return this.db[tableName] as unknown as Table<RecordTables[T], string>;
  }

  /** Puts rows and keeps what is derived from them: a live note's search words, none for a deleted one. */
  private async putRows(tableName: RecordTable, rows: readonly BaseRecord[]): Promise<void> {
    await this.table(tableName).bulkPut([...(rows as RecordTables[RecordTable][])]);
    if (tableName !== 'notes') return;
    const notes = rows as readonly NoteRecord[];
    const live = notes.filter((note) => note.deletedAt === null);
    const deleted = notes.filter((note) => note.deletedAt !== null).map((note) => note.id);
    if (live.length > 0) await this.db.noteWords.bulkPut(live.map((note) => ({ id: note.id, words: indexWords(note.text ?? '') })));
    if (deleted.length > 0) await this.db.noteWords.bulkDelete(deleted);
  }

  /** Outbox entries for records written as they came: every field they carry, or the delete. */
  private async publish(tableName: RecordTable, rows: readonly BaseRecord[]): Promise<void> {
    const keys = rows.map((row) => envelopeKey({ type: tableName, id: row.id }));
    const pending = await this.db.outbox.bulkGet(keys);
    await this.db.outbox.bulkPut(
      rows.map((row, index) => outboxEntry(tableName, row.id, pending[index], row.deletedAt === null ? syncedFields(tableName, row) : [pendingDelete], row.deletedAt ?? row.updatedAt)),
    );
  }

  /**
   * The device's id and hybrid logical clock, read once (past `seen`, when given): tick() stamps
   * the next write, save() stores where the clock got to.
   */
  private async deviceClock(seen?: string): Promise<{ tick(): string; save(): Promise<unknown> }> {
    const [device, clock] = await this.db.meta.bulkGet(['deviceId', 'clock']);
    const deviceId = device?.value ?? crypto.randomUUID();
    let stamp = clock?.value ?? null;
    if (seen !== undefined) stamp = receiveHlc(stamp, seen, this.now(), deviceId);
    return {
      tick: () => (stamp = tickHlc(stamp, this.now(), deviceId)),
      save: async () => {
        if (stamp === null) return;
        await this.db.meta.bulkPut([
          { key: 'deviceId', value: deviceId },
          { key: 'clock', value: stamp },
        ]);
      },
    };
  }
}

/** One edit for upsertMany: as upsert's arguments. */
export interface RecordEdit<T extends RecordTable> {
  id: string;
  patch: Partial<RecordFields<T>>;
  init?: () => RecordFields<T>;
}

export class RecordNotFoundError extends Error {
  override name = 'RecordNotFoundError';
  constructor(table: string, id: string) {
    super(`No ${table} record with id ${id}`);
  }
}

/** The outbox entry of a record whose `fields` changed at `stamp`, beside those still waiting to be pushed. */
function outboxEntry(table: RecordTable, id: string, pending: OutboxEntry | undefined, fields: readonly string[], stamp: string): OutboxEntry {
  return { key: envelopeKey({ type: table, id }), table, id, fields: [...new Set([...(pending?.fields ?? []), ...fields])], stamp };
}

/** A clock for every synced field: fields written before field clocks existed count as `updatedAt`. */
function completeClocks(table: RecordTable, record: BaseRecord | undefined): Record<string, string> {
  if (!record) return {};
  return Object.fromEntries(syncedFields(table, record).map((field) => [field, record.fieldClocks?.[field] ?? record.updatedAt]));
}

/** Record values are JSON data, so equal JSON (keys in any order) means an equal value. */
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || sortedJson(a) === sortedJson(b);
}
