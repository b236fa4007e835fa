import { describe, expect, it } from 'vitest';
import { MemoryRemote } from '../../support/sync-devices';
import { formatHlc } from '@/utils/clock/hlc';
import { SyncEngine, type ApplyResult, type OutboxMark, type SyncReplica, type SyncState } from '@/utils/sync/engine';
import type { Envelope } from '@/utils/sync/envelope';
import { CorruptFileError, firstStampTooFarAhead } from '@/utils/sync/files';
import { envelopeKey, isAlive, mergeEnvelope } from '@/utils/sync/merge';
import type { RecordTable } from '@/utils/db/records';

const now = 1_765_000_000_000;
const day = 24 * 3_600_000;
const stampAt = (wallMs: number, device: string) => formatHlc({ wallMs, counter: 0, deviceId: device });

/** A device's records as envelopes in memory: what the engine decides, without a database. */
class MemoryReplica implements SyncReplica {
  readonly schemaVersion = 1;
  readonly records = new Map<string, Envelope>();
  /** Every batch applyBatch received. */
  readonly applied: Envelope[][] = [];
  private outbox: Envelope[] = [];
  private state: SyncState | null = null;

  constructor(private readonly id: string) {}

  write(envelope: Envelope): void {
    this.records.set(envelopeKey(envelope), envelope);
    this.outbox.push(envelope);
  }

  live(type: RecordTable): string[] {
    return [...this.records.values()].filter((envelope) => envelope.type === type && isAlive(envelope)).map((envelope) => envelope.id);
  }

  peerState(peer: string) {
    return this.state?.peers[peer];
  }

  async deviceId(): Promise<string> {
    return this.id;
  }

  async renewDeviceId(): Promise<string> {
    throw new Error('no cloned profiles here');
  }

  async loadState(): Promise<SyncState | null> {
    return this.state;
  }

  async saveState(state: SyncState): Promise<void> {
    this.state = structuredClone(state);
  }

  async changes(everything: boolean): Promise<{ envelopes: Envelope[]; marks: OutboxMark[]; clock: string; everything: boolean }> {
    return { envelopes: everything ? [...this.records.values()] : [...this.outbox], marks: [], clock: '', everything };
  }

  async clearOutbox(): Promise<void> {
    this.outbox = [];
  }

  async countDeletes(envelopes: Envelope[]): Promise<{ deletes: number; byTable: Partial<Record<RecordTable, number>>; live: Partial<Record<RecordTable, number>> }> {
    const byTable: Partial<Record<RecordTable, number>> = {};
    let deletes = 0;
    for (const envelope of envelopes) {
      const local = this.records.get(envelopeKey(envelope));
      if (!local || !isAlive(local) || isAlive(mergeEnvelope(local, envelope).merged)) continue;
      deletes += 1;
      byTable[envelope.type] = (byTable[envelope.type] ?? 0) + 1;
    }
    const live: Partial<Record<RecordTable, number>> = {};
    for (const record of this.records.values()) if (isAlive(record)) live[record.type] = (live[record.type] ?? 0) + 1;
    return { deletes, byTable, live };
  }

  /** Records the replica refuses, as the database's record check does a bad one. */
  refuse: (envelope: Envelope) => boolean = () => false;

  async applyBatch(envelopes: Envelope[], _seenClock: string, state: SyncState): Promise<ApplyResult> {
    const bad = envelopes.find((envelope) => this.refuse(envelope));
    if (bad) throw new CorruptFileError(`${bad.type} ${bad.id}: invalid record`);
    this.applied.push(envelopes);
    for (const envelope of envelopes) this.records.set(envelopeKey(envelope), mergeEnvelope(this.records.get(envelopeKey(envelope)), envelope).merged);
    this.state = structuredClone(state);
    return { changed: envelopes.length, conflicts: 0 };
  }
}

const note = (id: string, stamp: string, text = 'hello'): Envelope => ({ id, type: 'notes', fh: { text: stamp, createdAt: stamp }, data: { text, createdAt: now }, del: null });
const sync = (remote: MemoryRemote, replica: MemoryReplica, at = now) => new SyncEngine(remote, replica, { passphrase: null, now: () => at }).run();

describe('a peer’s batch with a clock stamp more than 24 h ahead', () => {
  it('is refused before anything is applied, and the engine waits at it', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [new MemoryReplica('dev-a'), new MemoryReplica('dev-b')];
    a.write(note('n1', stampAt(now, 'dev-a')));
    a.write(note('n2', '9999999999999:99990:dev-a', 'from a broken clock'));
    await sync(remote, a);

    const report = await sync(remote, b);
    expect(report.clockAhead).toEqual([{ deviceId: 'dev-a', seq: 1, stamp: '9999999999999:99990:dev-a' }]);
    expect(report.pulled).toBe(0);
    expect(b.applied).toEqual([]);
    expect(b.live('notes')).toEqual([]);
    expect(b.peerState('dev-a')).toMatchObject({ lastSeen: 0, problem: 'clock-ahead' });

    // A later good batch does not get past the refused one: batches apply in order or not at all.
    a.write(note('n3', stampAt(now + 1, 'dev-a')));
    await sync(remote, a);
    expect((await sync(remote, b)).clockAhead).toHaveLength(1);
    expect(b.applied).toEqual([]);
  });

  it('is applied once this device’s clock is within 24 h of it', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [new MemoryReplica('dev-a'), new MemoryReplica('dev-b')];
    const fast = stampAt(now + 2 * day, 'dev-a');
    a.write(note('n1', fast));
    await sync(remote, a, now + 2 * day);
    expect((await sync(remote, b, now)).clockAhead).toHaveLength(1);
    expect(b.live('notes')).toEqual([]);
    const later = await sync(remote, b, now + day + 1);
    expect(later).toMatchObject({ clockAhead: [], pulled: 1 });
    expect(b.live('notes')).toEqual(['n1']);
    expect(b.peerState('dev-a')).toMatchObject({ lastSeen: 1, problem: null });
  });
});

describe('a peer’s batch with a record this device refuses', () => {
  it('is neither applied nor skipped: the peer waits at it, and it applies once it is readable', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [new MemoryReplica('dev-a'), new MemoryReplica('dev-b')];
    a.write(note('n1', stampAt(now, 'dev-a')));
    await sync(remote, a);
    b.refuse = (envelope) => envelope.id === 'n1';
    for (let run = 0; run < 2; run += 1) await sync(remote, b);
    expect(b.applied).toEqual([]);
    expect(b.peerState('dev-a')).toMatchObject({ lastSeen: 0, problem: 'corrupt', failures: 2 });
    b.refuse = () => false;
    await sync(remote, b);
    expect(b.live('notes')).toEqual(['n1']);
    expect(b.peerState('dev-a')).toMatchObject({ lastSeen: 1, problem: null, failures: 0 });
  });
});

describe('firstStampTooFarAhead', () => {
  const ahead = stampAt(now + day + 1, 'peer');
  const ok = stampAt(now + day, 'peer');
  it.each([
    { name: 'nothing ahead', records: [note('n1', ok)], expected: null },
    { name: 'a field clock', records: [note('n1', ok), note('n2', ahead)], expected: ahead },
    { name: 'a delete', records: [{ id: 'n1', type: 'notes', fh: {}, data: {}, del: ahead }], expected: ahead },
    { name: 'a conflict copy’s clock of its text', records: [{ id: 'cc', type: 'conflicts', fh: { text: ok }, data: { text: 'x', hlc: ahead }, del: null }], expected: ahead },
    { name: 'a malformed conflict clock, left to the record check', records: [{ id: 'cc', type: 'conflicts', fh: { text: ok }, data: { hlc: 'soon' }, del: null }], expected: null },
  ] as const satisfies readonly { name: string; records: readonly Envelope[]; expected: string | null }[])('$name', ({ records, expected }) => {
    expect(firstStampTooFarAhead(records, now)).toBe(expected);
  });
});

describe('a peer’s batch that would delete many records', () => {
  it('is held with what it deletes, table by table', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [new MemoryReplica('dev-a'), new MemoryReplica('dev-b')];
    const created = stampAt(now, 'dev-a');
    for (let i = 0; i < 30; i += 1) a.write(note(`n${i}`, created));
    for (let i = 0; i < 5; i += 1) a.write({ id: `p${i}`, type: 'people', fh: { name: created, createdAt: created }, data: { name: `P${i}`, createdAt: now }, del: null });
    await sync(remote, a);
    await sync(remote, b);
    const deleted = stampAt(now + 1, 'dev-a');
    for (let i = 0; i < 25; i += 1) a.write({ id: `n${i}`, type: 'notes', fh: {}, data: {}, del: deleted });
    for (let i = 0; i < 3; i += 1) a.write({ id: `p${i}`, type: 'people', fh: {}, data: {}, del: deleted });
    await sync(remote, a);

    const report = await sync(remote, b);
    expect(report.heldDeletes).toEqual([{ deviceId: 'dev-a', seq: 2, count: 28, byTable: { notes: 25, people: 3 } }]);
    expect(b.peerState('dev-a')?.heldDeletes).toEqual({ seq: 2, count: 28, byTable: { notes: 25, people: 3 } });
    expect(b.live('notes')).toHaveLength(30);
  });
});
