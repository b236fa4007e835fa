import { tickHlc } from '../clock/hlc';
import { sortedJson } from '../json/sorted-keys';
import { pendingDelete } from '../sync/merge';
import { syncedFields } from '../sync/envelope';
import type { CoachbarDatabase } from './database';
import type { BaseRecord, RecordFields, RecordTable, RecordTables } from './records';
import { recordAccess, storesOf } from './tables';

/**
 * The one place that writes records. It stamps every write with the device's hybrid logical
 * clock in the same transaction as the edit, keeps a clock per field, and notes the change in the
 * outbox that sync pushes from.
 */
export class RecordWriter {
  constructor(
    private readonly db: CoachbarDatabase,
    private readonly now: () => number = Date.now,
  ) {}

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

  /**
   * Applies each edit as upsert does, in order and all in one transaction, and puts the records in
   * one call: a rating sheet holds a person's year, so a put per record would write it once each.
   */
  async upsertMany<T extends RecordTable>(tableName: T, edits: readonly RecordEdit<T>[]): Promise<RecordTables[T][]> {
    const table = recordAccess(this.db, tableName);
    const outboxKey = (id: string) => `${tableName}/${id}`;
    return this.db.transaction('rw', [...storesOf([tableName]), 'meta', 'outbox'], async () => {
      const ids = [...new Set(edits.map((edit) => edit.id))];
      const [found, queued, [device, clock]] = await Promise.all([table.bulkGet(ids), this.db.outbox.bulkGet(ids.map(outboxKey)), this.db.meta.bulkGet(['deviceId', 'clock'])]);
      const records = new Map(ids.map((id, index) => [id, found[index]]));
      const outbox = new Map(ids.map((id, index) => [id, queued[index]]));
      const deviceId = device?.value ?? crypto.randomUUID();
      let stamp = clock?.value ?? null;
      const written = edits.map(({ id, patch, init }) => {
        const existing = records.get(id);
        const live = existing && existing.deletedAt === null ? existing : undefined;
        if (!live && !init) throw new RecordNotFoundError(tableName, id);
        stamp = tickHlc(stamp, this.now(), deviceId);
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
        if (changed.length > 0) outbox.set(id, { key: outboxKey(id), table: tableName, id, fields: [...new Set([...unpushed, ...changed])], stamp });
        return next;
      });
      if (written.length === 0) return written;
      await this.db.meta.bulkPut([
        { key: 'deviceId', value: deviceId },
        { key: 'clock', value: stamp! },
      ]);
      await table.bulkPut(ids.map((id) => records.get(id)!));
      const entries = ids.flatMap((id, index) => {
        const entry = outbox.get(id);
        return entry && entry !== queued[index] ? [entry] : [];
      });
      if (entries.length > 0) await this.db.outbox.bulkPut(entries);
      return written;
    });
  }

  /** Marks a record deleted; the tombstone stays so a sync peer learns of the delete. */
  async remove(tableName: RecordTable, id: string): Promise<void> {
    const table = recordAccess(this.db, tableName);
    await this.db.transaction('rw', [...storesOf([tableName]), 'meta', 'outbox'], async () => {
      const existing = await table.get(id);
      if (!existing || existing.deletedAt !== null) return;
      const stamp = await this.tick();
      await table.put({ ...existing, updatedAt: stamp, deletedAt: stamp });
      await this.enqueue(tableName, id, [pendingDelete], stamp);
    });
  }

  /** Must run inside a transaction that includes `outbox`. */
  private async enqueue(table: RecordTable, id: string, fields: string[], stamp: string): Promise<void> {
    if (fields.length === 0) return;
    const key = `${table}/${id}`;
    const pending = await this.db.outbox.get(key);
    await this.db.outbox.put({ key, table, id, fields: [...new Set([...(pending?.fields ?? []), ...fields])], stamp });
  }

  /** Must run inside a transaction that includes `meta`. */
  private async tick(): Promise<string> {
    const [device, clock] = await this.db.meta.bulkGet(['deviceId', 'clock']);
    const deviceId = device?.value ?? crypto.randomUUID();
    const stamp = tickHlc(clock?.value ?? null, this.now(), deviceId);
    await this.db.meta.bulkPut([
      { key: 'deviceId', value: deviceId },
      { key: 'clock', value: stamp },
    ]);
    return stamp;
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

/** A clock for every synced field: fields written before field clocks existed count as `updatedAt`. */
function completeClocks(table: RecordTable, record: BaseRecord | undefined): Record<string, string> {
  if (!record) return {};
  return Object.fromEntries(syncedFields(table, record).map((field) => [field, record.fieldClocks?.[field] ?? record.updatedAt]));
}

/** Record values are JSON data, so equal JSON means an equal value; stored objects have their keys sorted. */
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || sortedJson(a) === sortedJson(b);
}
