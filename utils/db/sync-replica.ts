import { backupTables } from '../backup/format';
import type { Table } from 'dexie';
import { checkIncomingRecord } from '../backup/schema';
import { sortedJson } from '../json/sorted-keys';
import type { ApplyResult, OutboxMark, SyncReplica, SyncState } from '../sync/engine';
import { fromEnvelope, toEnvelope, type Envelope } from '../sync/envelope';
import { CorruptFileError } from '../sync/files';
import { envelopeKey, isAlive, mergeEnvelope, pendingDelete, type ConflictCopy } from '../sync/merge';
import { schemaVersion, type CoachbarDatabase } from './database';
import type { BaseRecord, RecordTable } from './records';
import type { MergedRecords, RecordWriter } from './writer';

type AnyRecord = BaseRecord & Record<string, unknown>;

/** The mark of a full push a restore asked for; no outbox key starts with "$". */
const pushAllMark = '$pushAll';

/** The database as the sync engine sees it: changes out, peers' batches in (through the writer), one transaction each. */
export class DexieReplica implements SyncReplica {
  readonly schemaVersion = schemaVersion;

  constructor(
    private readonly db: CoachbarDatabase,
    private readonly writer: RecordWriter,
  ) {}

  async deviceId(): Promise<string> {
    return this.db.transaction('rw', this.db.meta, async () => {
      const found = await this.db.meta.get('deviceId');
      if (found) return found.value;
      const created = crypto.randomUUID();
      await this.db.meta.put({ key: 'deviceId', value: created });
      return created;
    });
  }

  async renewDeviceId(): Promise<string> {
    const renewed = crypto.randomUUID();
    await this.db.meta.put({ key: 'deviceId', value: renewed });
    return renewed;
  }

  async loadState(): Promise<SyncState | null> {
    const found = await this.db.meta.get('sync');
    return found ? (JSON.parse(found.value) as SyncState) : null;
  }

  async saveState(state: SyncState): Promise<void> {
    await this.db.meta.put({ key: 'sync', value: JSON.stringify(state) });
  }

  /** Sync forgets the vault (the user turned sync off); the outbox stays for the next vault. */
  async forgetState(): Promise<void> {
    await this.db.meta.delete('sync');
  }

  async changes(everything: boolean): Promise<{ envelopes: Envelope[]; marks: OutboxMark[]; clock: string; everything: boolean }> {
    return this.db.transaction('r', [...backupTables, 'outbox', 'meta'], async () => {
      const [entries, clockRecord, pushAll] = await Promise.all([this.db.outbox.toArray(), this.db.meta.get('clock'), this.db.meta.get('pushAll')]);
      const clock = clockRecord?.value ?? '';
      const marks = entries.map(({ key, stamp }) => ({ key, stamp }));
      // A large restore asked for everything rather than note each record (RecordWriter.putMerged).
      if (everything || pushAll) {
        const tables = await Promise.all(backupTables.map(async (table) => ({ table, records: await this.records(table).toArray() })));
        const envelopes = tables.flatMap(({ table, records }) => records.map((record) => toEnvelope(table, record)));
        return { envelopes, marks: pushAll ? [...marks, { key: pushAllMark, stamp: pushAll.value }] : marks, clock, everything: true };
      }
      const locals = await this.locals(entries.map((entry) => ({ type: entry.table, id: entry.id })));
      const envelopes = entries.flatMap((entry) => {
        const record = locals.get(envelopeKey({ type: entry.table, id: entry.id }));
        return record ? [toEnvelope(entry.table, record)] : [];
      });
      return { envelopes, marks, clock, everything: false };
    });
  }

  async clearOutbox(marks: OutboxMark[]): Promise<void> {
    if (marks.length === 0) return;
    const entryMarks = marks.filter((mark) => mark.key !== pushAllMark);
    const pushAll = marks.find((mark) => mark.key === pushAllMark);
    await this.db.transaction('rw', this.db.outbox, this.db.meta, async () => {
      const current = await this.db.outbox.bulkGet(entryMarks.map((mark) => mark.key));
      const unchanged = entryMarks.filter((mark, i) => current[i]?.stamp === mark.stamp).map((mark) => mark.key);
      await this.db.outbox.bulkDelete(unchanged);
      // Cleared only if no restore asked again meanwhile.
      if (pushAll && (await this.db.meta.get('pushAll'))?.value === pushAll.stamp) await this.db.meta.delete('pushAll');
    });
  }

  async countDeletes(envelopes: Envelope[]): Promise<{ deletes: number; byTable: Partial<Record<RecordTable, number>>; live: Partial<Record<RecordTable, number>> }> {
    const deleting = envelopes.filter((envelope) => !isAlive(envelope));
    if (deleting.length === 0) return { deletes: 0, byTable: {}, live: {} };
    return this.db.transaction('r', backupTables, async () => {
      const byTable: Partial<Record<RecordTable, number>> = {};
      const locals = await this.locals(deleting);
      for (const envelope of deleting) {
        const local = locals.get(envelopeKey(envelope));
        if (local && local.deletedAt === null && !isAlive(mergeEnvelope(toEnvelope(envelope.type, local), envelope).merged)) byTable[envelope.type] = (byTable[envelope.type] ?? 0) + 1;
      }
      const tables = Object.keys(byTable) as RecordTable[];
      const live = Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await this.records(table).filter((record) => record.deletedAt === null).count()] as const)));
      return { deletes: Object.values(byTable).reduce((sum, count) => sum + count, 0), byTable, live };
    });
  }

  async applyBatch(envelopes: Envelope[], seenClock: string, state: SyncState): Promise<ApplyResult> {
    return this.db.transaction('rw', this.writer.storesFor(backupTables), async () => {
      const deviceId = await this.deviceId();
      const own = (clock: string | null | undefined) => !!clock && clock.endsWith(`:${deviceId}`) && clock > seenClock;
      let newest = '';
      const copies: ConflictCopy[] = [];
      const locals = await this.locals(envelopes);
      const writes = new Map<RecordTable, Map<string, AnyRecord>>();
      for (const envelope of envelopes) {
        for (const clock of [...Object.values(envelope.fh), envelope.del]) if (clock && clock > newest) newest = clock;
        const local = locals.get(envelopeKey(envelope));
        const localEnvelope = local ? toEnvelope(envelope.type, local) : undefined;
        const { merged, conflicts } = mergeEnvelope(localEnvelope, envelope, local ? concurrentFields(local, envelope, own) : new Set());
        copies.push(...conflicts);
        if (localEnvelope && sameEnvelope(localEnvelope, merged)) continue;
        // A deleted record keeps the text it had here; only what the merge carries is laid over it.
        const merging = { ...(local ?? {}), ...fromEnvelope(merged) } as AnyRecord;
        if (local && !('createdAt' in merged.data)) merging.createdAt = local.createdAt;
        // Checked like a restored record; fields an older peer did not know get their defaults.
        const checked = checkIncomingRecord(envelope.type, merging);
        if (!checked.ok) throw new CorruptFileError(`${envelope.type} ${envelope.id.slice(0, 80)}: ${checked.message}`);
        const record = checked.record as AnyRecord;
        locals.set(envelopeKey(envelope), record);
        (writes.get(envelope.type) ?? writes.set(envelope.type, new Map()).get(envelope.type)!).set(envelope.id, record);
      }
      const records = Object.fromEntries([...writes].map(([table, byId]) => [table, [...byId.values()]])) as MergedRecords;
      // A peer's records are not put back in our outbox: the peer has them, and so will the others.
      await this.writer.putMerged(records, { seen: newest === '' ? null : newest, publish: false });
      const made = await this.writer.keepConflicts(copies);
      await this.db.meta.put({ key: 'sync', value: JSON.stringify(state) });
      return { changed: [...writes.values()].reduce((sum, byId) => sum + byId.size, 0), conflicts: made };
    });
  }

  private records(table: RecordTable): Table<AnyRecord, string> {
    return this.db[table] as unknown as Table<AnyRecord, string>;
  }

  /** The local records, tombstones included, of these envelopes (by envelopeKey), read table by table. */
  private async locals(keys: readonly Pick<Envelope, 'type' | 'id'>[]): Promise<Map<string, AnyRecord>> {
    const ids = new Map<RecordTable, Set<string>>();
    for (const { type, id } of keys) (ids.get(type) ?? ids.set(type, new Set()).get(type)!).add(id);
    const found = new Map<string, AnyRecord>();
    for (const [type, wanted] of ids) {
      for (const record of await this.records(type).bulkGet([...wanted])) if (record) found.set(envelopeKey({ type, id: record.id }), record);
    }
    return found;
  }

}

/**
 * The fields where our edit and the peer's were made without seeing each other: ours is news to the
 * peer (`unseen`), and theirs is newer than the value ours replaced. A value of ours the peer merely
 * carried along, or one older than our edit's base, is no conflict.
 */
function concurrentFields(local: AnyRecord, incoming: Envelope, unseen: (clock: string | null | undefined) => boolean): Set<string> {
  const concurrent = new Set<string>();
  for (const [field, clock] of Object.entries(local.fieldClocks ?? {})) {
    if (!unseen(clock)) continue;
    const theirs = incoming.fh[field];
    if (!isAlive(incoming) || (theirs !== undefined && theirs !== clock && theirs > (local.baseClocks?.[field] ?? ''))) concurrent.add(field);
  }
  if (unseen(local.deletedAt)) {
    concurrent.add(pendingDelete);
    for (const [field, theirs] of Object.entries(incoming.fh)) if (theirs > (local.fieldClocks?.[field] ?? '')) concurrent.add(field);
  }
  return concurrent;
}

function sameEnvelope(a: Envelope, b: Envelope): boolean {
  if (a.del !== b.del) return false;
  const keys = new Set([...Object.keys(a.fh), ...Object.keys(b.fh), ...Object.keys(a.data), ...Object.keys(b.data)]);
  for (const key of keys) {
    if (a.fh[key] !== b.fh[key]) return false;
    if (sortedJson(a.data[key]) !== sortedJson(b.data[key])) return false;
  }
  return true;
}

