import { tickHlc } from '../clock/hlc';
import type { CoachbarDatabase } from './database';
import type { RecordFields, RecordTable, RecordTables } from './records';

/**
 * The one place that writes records. It stamps every write with the device's hybrid logical
 * clock in the same transaction as the edit, so sync can later add per-field clocks here
 * without touching any caller.
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
    const table = this.db.table<RecordTables[T], string>(tableName);
    return this.db.transaction('rw', table, this.db.meta, async () => {
      const existing = await table.get(id);
      const live = existing && existing.deletedAt === null ? existing : undefined;
      if (!live && !init) throw new RecordNotFoundError(tableName, id);
      const stamp = await this.tick();
      const base = live ?? ({ ...init!(), id, createdAt: this.now(), deletedAt: null } as unknown as RecordTables[T]);
      const next = { ...base, ...patch, id, updatedAt: stamp } as RecordTables[T];
      await table.put(next);
      return next;
    });
  }

  /** Marks a record deleted; the tombstone stays so a sync peer learns of the delete. */
  async remove(tableName: RecordTable, id: string): Promise<void> {
    const table = this.db.table(tableName);
    await this.db.transaction('rw', table, this.db.meta, async () => {
      const existing = await table.get(id);
      if (!existing || existing.deletedAt !== null) return;
      const stamp = await this.tick();
      await table.put({ ...existing, updatedAt: stamp, deletedAt: stamp });
    });
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

export class RecordNotFoundError extends Error {
  override name = 'RecordNotFoundError';
  constructor(table: string, id: string) {
    super(`No ${table} record with id ${id}`);
  }
}
