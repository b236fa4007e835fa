import type { BaseRecord, RecordTable } from '../db/records';
import { isAlive } from './merge';

/**
 * One record as it travels in a sync batch (see the sync design, "Envelope and merge").
 * Every field carries its own clock so two devices editing different fields both keep their edit.
 */
export interface Envelope {
  id: string;
  type: RecordTable;
  /** Field → hybrid logical clock of the last write to that field. */
  fh: Record<string, string>;
  /** Field → value. Fields this build does not know merge like any other, and are dropped when a record is stored (checkIncomingRecord). */
  data: Record<string, unknown>;
  /** Clock of the delete; a tombstone has empty `fh` and `data` (deleted text must not travel on). */
  del: string | null;
}

/** One immutable log file: `devices/<deviceId>/log/<seq>.json`. */
export interface Batch {
  deviceId: string;
  seq: number;
  schemaVersion: number;
  records: Envelope[];
}

/** A record coming back out of sync: typed loosely, since a newer build may have sent more fields. */
export type SyncedRecord = BaseRecord & Record<string, unknown>;

/** The clock fields live in the envelope itself (`fh`, `del`), not in `data`. */
const envelopeOwned = new Set(['id', 'updatedAt', 'deletedAt', 'fieldClocks', 'baseClocks']);

/** The fields of a record that sync carries, each with a clock of its own. */
export function syncedFields(type: RecordTable, record: object): string[] {
  return Object.entries(record)
    .filter(([field, value]) => !envelopeOwned.has(field) && value !== undefined)
    .map(([field]) => field);
}

/**
 * Wraps a stored record. A record written before field clocks existed counts every field as
 * written at `updatedAt`. A deleted record carries only values written after the
 * delete (see merge.ts); the text it had stays on this device.
 */
export function toEnvelope(type: RecordTable, record: BaseRecord): Envelope {
  const fh: Record<string, string> = {};
  const data: Record<string, unknown> = {};
  const del = record.deletedAt;
  for (const field of syncedFields(type, record)) {
    // A field without a clock in a record that has clocks is a value a delete dropped: it stays here.
    const clock = record.fieldClocks ? record.fieldClocks[field] : record.updatedAt;
    if (clock === undefined || (del !== null && !(clock > del))) continue;
    data[field] = (record as unknown as Record<string, unknown>)[field];
    fh[field] = clock;
  }
  return { id: record.id, type, fh, data, del };
}

/**
 * Unwraps an envelope into the fields a stored record takes from it. `updatedAt` is the newest
 * clock, so local checks keep working. A deleted record carries at most the values written after
 * its delete: the caller lays them over its own copy. `createdAt` falls back to 0 only for
 * payload-less tombstones or malformed input.
 */
export function fromEnvelope(envelope: Envelope): SyncedRecord {
  // A peer cannot set what the envelope itself carries (clocks, id) by naming it as a field, nor a
  // value without a clock, which would travel on from here as a record with a field nobody can merge.
  const fieldClocks = Object.fromEntries(Object.entries(envelope.fh).filter(([field]) => !envelopeOwned.has(field)));
  const data = Object.fromEntries(Object.entries(envelope.data).filter(([field]) => field in fieldClocks));
  const clocks = Object.values(fieldClocks);
  if (envelope.del !== null) clocks.push(envelope.del);
  const updatedAt = clocks.reduce((newest, hlc) => (hlc > newest ? hlc : newest), '');
  const createdAt = typeof data.createdAt === 'number' ? data.createdAt : 0;
  return { ...data, id: envelope.id, createdAt, updatedAt, deletedAt: isAlive(envelope) ? null : envelope.del, fieldClocks };
}

/**
 * A record from outside (a backup) with clocks that agree as sync reads them, so what is restored
 * here travels to peers as the same record: every field a live record carries has a clock (a
 * missing one counts as `updatedAt`, as for records from before field clocks), a deleted record has
 * none newer than its delete, and `updatedAt` is the newest clock it holds. A record without field clocks is
 * already read that way.
 */
export function withConsistentClocks<R extends BaseRecord>(type: RecordTable, record: R): R {
  if (!record.fieldClocks) return record;
  const del = record.deletedAt;
  const fields = syncedFields(type, record);
  const fieldClocks = Object.fromEntries(
    del === null
      ? fields.map((field) => [field, record.fieldClocks![field] ?? record.updatedAt])
      : fields.flatMap((field) => {
          const clock = record.fieldClocks![field];
          return clock !== undefined && !(clock > del) ? [[field, clock]] : [];
        }),
  );
  const updatedAt = [...Object.values(fieldClocks), ...(del === null ? [] : [del])].reduce((newest, clock) => (clock > newest ? clock : newest), '');
  return { ...record, fieldClocks, updatedAt: updatedAt || record.updatedAt };
}
