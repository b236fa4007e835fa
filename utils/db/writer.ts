import { tickHlc } from '../clock/hlc';
import { sortedJson } from '../json/sorted-keys';
import { envelopeKey, pendingDelete } from '../sync/merge';
import { syncedFields } from '../sync/envelope';
import type { CoachbarDatabase } from './database';
import type { BaseRecord, OutboxEntry, RecordFields, RecordTable, RecordTables } from './records';
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
    return this.db.transaction('rw', [...storesOf([tableName]), 'meta', 'outbox'], async () => {
      const ids = [...new Set(edits.map((edit) => edit.id))];
      const [found, queued, clock] = await Promise.all([table.bulkGet(ids), this.db.outbox.bulkGet(ids.map((id) => envelopeKey({ type: tableName, id }))), this.deviceClock()]);
      const records = new Map(ids.map((id, index) => [id, found[index]]));
      const outbox = new Map(ids.map((id, index) => [id, queued[index]]));
      const written = edits.map(({ id, patch, init }) => {
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
      if (written.length === 0) return written;
      await clock.save();
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
      const clock = await this.deviceClock();
      const stamp = clock.tick();
      await clock.save();
      await table.put({ ...existing, updatedAt: stamp, deletedAt: stamp });
      const pending = await this.db.outbox.get(envelopeKey({ type: tableName, id }));
      await this.db.outbox.put(outboxEntry(tableName, id, pending, [pendingDelete], stamp));
    });
  }

  /**
   * The device's id and hybrid logical clock, read once: tick() stamps the next write, save()
   * stores where the clock got to. Must run inside a transaction that includes `meta`.
   */
  private async deviceClock(): Promise<{ tick(): string; save(): Promise<unknown> }> {
    const [device, clock] = await this.db.meta.bulkGet(['deviceId', 'clock']);
    const deviceId = device?.value ?? crypto.randomUUID();
    let stamp = clock?.value ?? null;
    return {
      tick: () => (stamp = tickHlc(stamp, this.now(), deviceId)),
      save: () =>
        this.db.meta.bulkPut([
          { key: 'deviceId', value: deviceId },
          { key: 'clock', value: stamp! },
        ]),
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

/** Record values are JSON data, so equal JSON means an equal value; stored objects have their keys sorted. */
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || sortedJson(a) === sortedJson(b);
}
