import type { BaseRecord, RecordTable, RecordTables } from '../db/records';

/**
 * One record as it travels in a sync batch (see the sync design, "Envelope and merge").
 * Every field carries its own clock so two devices editing different fields both keep their edit.
 */
export interface Envelope {
  id: string;
  type: RecordTable;
  /** Field → hybrid logical clock of the last write to that field. */
  fh: Record<string, string>;
  /** Field → value. Fields this build does not know are carried along untouched. */
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
const envelopeOwned = new Set(['id', 'updatedAt', 'deletedAt']);

/**
 * Wraps a stored record. Fields without a clock of their own in `fieldClocks` get the record's
 * `updatedAt`: the whole record counts as written then, which is safe (never newer than the truth).
 * A deleted record becomes a bare tombstone: its text stays on this device only.
 */
export function toEnvelope<T extends RecordTable>(
  type: T,
  record: RecordTables[T],
  fieldClocks?: Readonly<Record<string, string | undefined>>,
): Envelope {
  if (record.deletedAt !== null) return { id: record.id, type, fh: {}, data: {}, del: record.deletedAt };
  const fh: Record<string, string> = {};
  const data: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) {
    if (envelopeOwned.has(field) || value === undefined) continue;
    data[field] = value;
    fh[field] = fieldClocks?.[field] ?? record.updatedAt;
  }
  return { id: record.id, type, fh, data, del: null };
}

/**
 * Unwraps an envelope. `updatedAt` is the newest field clock (or the delete), so local LWW checks
 * keep working. A tombstone carries no payload: the caller keeps or drops its own copy of the fields.
 * `createdAt` falls back to 0 only for payload-less tombstones or malformed input.
 */
export function fromEnvelope(envelope: Envelope): SyncedRecord {
  const clocks = Object.values(envelope.fh);
  if (envelope.del !== null) clocks.push(envelope.del);
  const updatedAt = clocks.reduce((newest, hlc) => (hlc > newest ? hlc : newest), '');
  const createdAt = typeof envelope.data.createdAt === 'number' ? envelope.data.createdAt : 0;
  return { ...envelope.data, id: envelope.id, createdAt, updatedAt, deletedAt: envelope.del };
}
