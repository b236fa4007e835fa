import type { RecordTable } from '../db/records';
import type { Envelope } from './envelope';
import {
  CorruptFileError,
  FileCodec,
  MisplacedFileError,
  PassphraseError,
  decodeVault,
  devicesFolder,
  encodeVault,
  fileFormatVersion,
  firstStampTooFarAhead,
  headPath,
  logPath,
  maxFileBytes,
  syncFormatVersion,
  upgradedVault,
  vaultPath,
  type Head,
  type LogBatch,
  type Vault,
  type VaultSecret,
} from './files';
import { RemoteError, type RemoteFile, type RemoteStore } from './remote';
import { needsYesToDelete } from './merge';

/** An outbox entry as read for a push: cleared afterwards only if its stamp did not move meanwhile. */
export interface OutboxMark {
  key: string;
  stamp: string;
}

export interface PeerState {
  lastSeen: number;
  /** ETag of the peer's head when we last caught up with it: unchanged heads cost one 304. */
  etag: string | null;
  /** Sync runs in a row that found the peer's files unreadable. */
  failures: number;
  /**
   * 'clock-ahead': a batch holds a stamp too far ahead of our clock (docs/sync.md); we wait before it.
   * 'rolled-back': its head is behind what we read of it before. 'oversized': a file over our limit.
   */
  problem: 'corrupt' | 'update-needed' | 'clock-ahead' | 'rolled-back' | 'oversized' | null;
  /** A batch that would delete many records waits here for the user's yes. */
  heldDeletes: Omit<HeldDeletes, 'deviceId'> | null;
  /** The user said yes to deletions up to this batch. */
  allowDeletesThrough: number;
}

export interface SyncState {
  vaultId: string;
  /** The last batch we committed (our head's seq). */
  seq: number;
  /** Where our latest full push began (see Head.fullFrom); null before the first. */
  fullFrom: number | null;
  /** [seq, clock]: our clock when we pushed that batch, to tell which of our edits a peer had seen. */
  pushedClocks: [number, string][];
  /** A push under way, saved before its first upload so a lost answer can be recognised later. */
  pending: { seq: number; commit: string; marks: OutboxMark[]; clock: string } | null;
  peers: Record<string, PeerState>;
}

/** A peer's batch that would delete many records, waiting for the user's yes. */
export interface HeldDeletes {
  deviceId: string;
  seq: number;
  count: number;
  /** The same count per table; missing in a status saved before it was counted. */
  byTable?: Partial<Record<RecordTable, number>>;
}

/** A peer's batch refused for a clock stamp too far ahead of ours, and the first such stamp. */
export interface ClockAhead {
  deviceId: string;
  seq: number;
  stamp: string;
}

/** A device whose head shows fewer batches than we had read (or, for our own, written): an old head served again. */
export interface RolledBack {
  deviceId: string;
  /** The seq we had read or written. */
  seen: number;
  /** The seq the server shows now. */
  found: number;
}

export interface ApplyResult {
  changed: number;
  conflicts: number;
}

/** The local database as sync sees it (utils/db/sync-replica.ts). */
export interface SyncReplica {
  readonly schemaVersion: number;
  deviceId(): Promise<string>;
  /** For a cloned profile: a fresh device id, so two browsers never write the same files. */
  renewDeviceId(): Promise<string>;
  loadState(): Promise<SyncState | null>;
  saveState(state: SyncState): Promise<void>;
  /**
   * Unpushed changes (or every record, for a first push) and the clock they were read at;
   * `everything` says the envelopes are every record (also when a large restore asked for that).
   */
  changes(everything: boolean): Promise<{ envelopes: Envelope[]; marks: OutboxMark[]; clock: string; everything: boolean }>;
  clearOutbox(marks: OutboxMark[]): Promise<void>;
  /** How many live local records `envelopes` would delete (in all, and per table), and how many live records each table has. */
  countDeletes(envelopes: Envelope[]): Promise<{ deletes: number; byTable: Partial<Record<RecordTable, number>>; live: Partial<Record<RecordTable, number>> }>;
  /**
   * Merges a peer's batch and saves `state` in the same transaction. Our edits with a clock above
   * `seenClock` were not seen by the peer when it wrote the batch, so they are concurrent with it.
   */
  applyBatch(envelopes: Envelope[], seenClock: string, state: SyncState): Promise<ApplyResult>;
}

export interface SyncReport {
  /** Records pushed. */
  pushed: number;
  /** Peer batches applied. */
  pulled: number;
  /** Local records a pull changed. */
  changed: number;
  /** Conflict copies made. */
  conflicts: number;
  heldDeletes: HeldDeletes[];
  /** Peers' batches refused for a clock stamp more than 24 h ahead of this device's clock. */
  clockAhead: ClockAhead[];
  /** Peers writing a newer format than this build reads. */
  updateNeeded: string[];
  /** Peers whose files were unreadable three runs in a row. */
  unreadablePeers: string[];
  /** Heads gone back in their sequence: nothing of them applied. */
  rolledBack: RolledBack[];
  /** Files that name another device or sequence than their path: nothing of them applied. */
  misplaced: string[];
  /** Files larger than this build reads (maxFileBytes): not read. */
  oversized: string[];
  /** Device folders beyond `maxPeersPerRun`, not read this run. */
  peersNotRead: number;
}

export interface SyncOptions {
  /** For an encrypted vault, or to create one encrypted: the passphrase, or keys kept from it. */
  passphrase: VaultSecret;
  now?: () => number;
  /** Log files stay under this size (bytes of JSON), so a slow link and a strict server both cope. */
  maxBatchBytes?: number;
  /** Keep at most this many `pushedClocks`; older peers' batches then count every edit of ours as unseen. */
  pushedClocksKept?: number;
}

/** The whole vault is on a format this build cannot read. */
export class UpdateNeededError extends Error {
  override name = 'UpdateNeededError';
}

const unreadableWarnAfter = 3;
const compactEvery = 100;
/**
 * The most device folders one run reads: each costs requests, and the server decides how many
 * there are. Devices read before come first, so a flood of new folders cannot crowd them out.
 */
export const maxPeersPerRun = 64;

/**
 * One sync run: push our changes as a new immutable batch, then pull every peer's new batches.
 * Every step is safe to repeat: a run cut off anywhere (a dead service worker, a lost answer)
 * leaves the remote and the local state so that the next run finishes the job.
 */
export class SyncEngine {
  private readonly now: () => number;
  private readonly maxBatchBytes: number;
  private readonly pushedClocksKept: number;

  constructor(
    private readonly remote: RemoteStore,
    private readonly replica: SyncReplica,
    private readonly options: SyncOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.maxBatchBytes = options.maxBatchBytes ?? 900_000;
    this.pushedClocksKept = options.pushedClocksKept ?? 5_000;
  }

  async run(): Promise<SyncReport> {
    const vault = await this.openVault();
    const codec = await FileCodec.forVault(vault, this.options.passphrase);
    // Before the first bound file goes out, so older builds stop at "Update needed" rather than at files they cannot open.
    const upgraded = upgradedVault(vault);
    if (upgraded) await this.remote.write(vaultPath, encodeVault(upgraded));
    const report: SyncReport = { pushed: 0, pulled: 0, changed: 0, conflicts: 0, heldDeletes: [], clockAhead: [], updateNeeded: [], unreadablePeers: [], rolledBack: [], misplaced: [], oversized: [], peersNotRead: 0 };
    const loaded = await this.replica.loadState();
    const known = loaded && loaded.vaultId === vault.vaultId ? loaded : freshState(vault.vaultId);
    const { state, deviceId, everything } = await this.reconcileOwnHead(codec, known, await this.replica.deviceId(), report);
    const pushed = await this.push(codec, state, deviceId, everything, report);
    await this.pull(codec, pushed, deviceId, report);
    return report;
  }

  /** Reads `sync.json`, creating the vault when the folder is new (If-None-Match: the first device wins). */
  private async openVault(): Promise<Vault> {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const found = await this.readCapped(vaultPath, maxFileBytes.vault);
      if (found !== 'missing' && found !== 'unchanged') {
        const vault = decodeVault(found.body);
        if (vault.formatVersion > syncFormatVersion) throw new UpdateNeededError(`The sync folder uses format ${vault.formatVersion}; this version of Coachbar reads up to ${syncFormatVersion}`);
        if (!vault.encryption && this.options.passphrase) throw new PassphraseError('This sync folder is not encrypted; remove the passphrase or choose an empty folder');
        return vault;
      }
      const vault = await FileCodec.newVault(this.options.passphrase, this.now());
      if (await this.remote.create(vaultPath, encodeVault(vault))) return vault;
    }
    throw new RemoteError('refused', `${vaultPath} could neither be read nor created`);
  }

  /**
   * Our own head tells what the server has of ours: a commit whose answer was lost (adopt it), a
   * cloned profile writing under our id (become a new device), or a server that lost, garbled or
   * rolled back our files (push everything again, numbered above anything we may have committed, so
   * no peer skips it). A head too large, or naming another device, counts as garbled.
   */
  private async reconcileOwnHead(codec: FileCodec, state: SyncState, deviceId: string, report: SyncReport): Promise<{ state: SyncState; deviceId: string; everything: boolean }> {
    const path = headPath(deviceId);
    let head: Head | 'missing' | 'unreadable' = 'missing';
    try {
      const found = await this.readCapped(path, maxFileBytes.head);
      if (found !== 'missing' && found !== 'unchanged') head = await codec.decodeHead(found.body, path);
    } catch (error) {
      if (error instanceof RemoteError && error.kind === 'oversized') report.oversized.push(path);
      else if (!(error instanceof CorruptFileError)) throw error;
      head = 'unreadable';
    }
    if (typeof head === 'object' && head.deviceId !== deviceId) {
      report.misplaced.push(path);
      head = 'unreadable';
    }
    if (typeof head === 'object' && head.seq < state.seq) report.rolledBack.push({ deviceId, seen: state.seq, found: head.seq });
    const pending = state.pending;
    if (typeof head === 'object' && head.seq > state.seq) {
      if (pending && head.commit === pending.commit) {
        const adopted = this.committed({ ...state, pending: null, fullFrom: head.fullFrom }, head.seq, pending.clock);
        await this.replica.saveState(adopted);
        await this.replica.clearOutbox(pending.marks);
        return { state: adopted, deviceId, everything: false };
      }
      const renewed = await this.replica.renewDeviceId();
      return { state: { ...freshState(state.vaultId), peers: state.peers }, deviceId: renewed, everything: true };
    }
    if (typeof head === 'object' && head.seq === state.seq) return { state, deviceId, everything: state.seq === 0 };
    if (head === 'missing' && state.seq === 0 && !pending) return { state, deviceId, everything: true };
    const above = Math.max(state.seq, pending?.seq ?? 0, typeof head === 'object' ? head.seq : 0);
    return { state: { ...state, seq: above, pending: null }, deviceId, everything: true };
  }

  private async push(codec: FileCodec, state: SyncState, deviceId: string, needsEverything: boolean, report: SyncReport): Promise<SyncState> {
    // Compaction: a fresh full push now and then lets a new device skip the long history.
    const asked = needsEverything || state.seq - (state.fullFrom ?? 0) >= compactEvery;
    const { envelopes, marks, clock, everything } = await this.replica.changes(asked);
    if (envelopes.length === 0 && !everything) return state;
    let limit = this.maxBatchBytes;
    for (;;) {
      const batches = splitBatches(envelopes, limit);
      const last = state.seq + batches.length;
      const commit = crypto.randomUUID();
      const pending: SyncState = { ...state, pending: { seq: last, commit, marks, clock } };
      await this.replica.saveState(pending);
      try {
        for (const [index, records] of batches.entries()) {
          const batch: LogBatch = { formatVersion: fileFormatVersion, deviceId, seq: state.seq + index + 1, schemaVersion: this.replica.schemaVersion, lastSeen: lastSeenOf(state), records };
          const path = logPath(deviceId, batch.seq);
          await this.upload(path, await codec.encode(batch, path));
        }
      } catch (error) {
        if (error instanceof RemoteError && error.kind === 'too-large' && limit > 10_000) {
          limit = Math.floor(limit / 2);
          continue;
        }
        throw error;
      }
      const fullFrom = everything ? state.seq + 1 : state.fullFrom;
      const head: Head = { formatVersion: fileFormatVersion, deviceId, seq: last, commit, fullFrom, schemaVersion: this.replica.schemaVersion, lastSeen: lastSeenOf(state), updatedAt: this.now() };
      // Writing the head is the commit: until then, no peer reads the new logs.
      await this.remote.write(headPath(deviceId), await codec.encode(head, headPath(deviceId)));
      const done = this.committed({ ...state, pending: null, fullFrom }, last, clock);
      await this.replica.saveState(done);
      await this.replica.clearOutbox(marks);
      report.pushed += envelopes.length;
      if (everything && state.fullFrom !== null) await this.removeLogs(deviceId, state.fullFrom, state.seq);
      return done;
    }
  }

  /** Logs before a full push are history no reader needs; a failed delete only leaves a file behind. */
  private async removeLogs(deviceId: string, from: number, through: number): Promise<void> {
    for (let seq = Math.max(1, from); seq <= through; seq += 1) await this.remote.remove(logPath(deviceId, seq)).catch(() => undefined);
  }

  /**
   * A log file is created once; one already there has a seq above our head, so it is a leftover of
   * our own cut-off push and is overwritten. Reading it back catches a server that kept a cut-off body.
   */
  private async upload(path: string, body: Uint8Array<ArrayBuffer>): Promise<void> {
    if (!(await this.remote.create(path, body))) await this.remote.write(path, body);
    const stored = await this.remote.read(path, null, maxFileBytes.log);
    if (stored === 'missing' || stored === 'unchanged' || !sameBytes(stored.body, body)) {
      throw new RemoteError('unavailable', `${path} did not read back as written`);
    }
  }

  private async pull(codec: FileCodec, initial: SyncState, deviceId: string, report: SyncReport): Promise<void> {
    let state = initial;
    const listed = (await this.remote.list(devicesFolder)).filter((name) => name.endsWith('/')).map((name) => name.slice(0, -1));
    const all = listed.filter((peer) => peer !== deviceId && /^[A-Za-z0-9-]{1,100}$/.test(peer));
    const peers = [...all.filter((peer) => peer in state.peers), ...all.filter((peer) => !(peer in state.peers))].slice(0, maxPeersPerRun);
    report.peersNotRead = all.length - peers.length;
    for (const peer of peers) {
      let peerState = state.peers[peer] ?? freshPeer();
      const save = async (next: PeerState) => {
        peerState = next;
        state = { ...state, peers: { ...state.peers, [peer]: next } };
        await this.replica.saveState(state);
      };
      try {
        const found = await this.readCapped(headPath(peer), maxFileBytes.head, peerState.problem === null ? peerState.etag : null);
        if (found === 'missing' || found === 'unchanged') continue;
        const head = await codec.decodeHead(found.body, headPath(peer));
        if (head.deviceId !== peer) throw new MisplacedFileError(headPath(peer), `${headPath(peer)} names device ${head.deviceId}`);
        if (head.formatVersion > fileFormatVersion || head.schemaVersion > this.replica.schemaVersion) {
          await save({ ...peerState, problem: 'update-needed' });
          report.updateNeeded.push(peer);
          continue;
        }
        // A device never numbers a batch twice, so a head behind what we read is an old one served
        // again (a server restored from a backup, or tampering): wait until the device writes past it.
        if (head.seq < peerState.lastSeen) {
          await save({ ...peerState, etag: null, problem: 'rolled-back' });
          report.rolledBack.push({ deviceId: peer, seen: peerState.lastSeen, found: head.seq });
          continue;
        }
        let caughtUp = true;
        // Batches before the peer's latest full push are covered by it, and may be deleted.
        const start = Math.max(peerState.lastSeen + 1, head.fullFrom ?? 0);
        for (let seq = start; seq <= head.seq; seq += 1) {
          const batch = await this.readBatch(codec, peer, seq);
          if (batch.schemaVersion > this.replica.schemaVersion || batch.formatVersion > fileFormatVersion) {
            await save({ ...peerState, problem: 'update-needed' });
            report.updateNeeded.push(peer);
            caughtUp = false;
            break;
          }
          // Applying it would move our clock, and every later stamp of ours, that far ahead: the
          // whole batch waits, untouched, until the peer's data is fixed or our clock gets there.
          const ahead = firstStampTooFarAhead(batch.records, this.now());
          if (ahead !== null) {
            await save({ ...peerState, problem: 'clock-ahead' });
            report.clockAhead.push({ deviceId: peer, seq, stamp: ahead });
            caughtUp = false;
            break;
          }
          if (peerState.allowDeletesThrough < seq) {
            const { deletes, live, byTable } = await this.replica.countDeletes(batch.records);
            if (needsYesToDelete(byTable, live)) {
              await save({ ...peerState, heldDeletes: { seq, count: deletes, byTable } });
              report.heldDeletes.push({ deviceId: peer, seq, count: deletes, byTable });
              caughtUp = false;
              break;
            }
          }
          // Past this batch only once it is applied: a record the replica refuses leaves the peer here.
          const applying = { ...peerState, lastSeen: seq, failures: 0, problem: null, heldDeletes: null };
          const next = { ...state, peers: { ...state.peers, [peer]: applying } };
          const applied = await this.replica.applyBatch(batch.records, seenClock(next, batch.lastSeen[deviceId] ?? 0), next);
          peerState = applying;
          state = next;
          report.pulled += 1;
          report.changed += applied.changed;
          report.conflicts += applied.conflicts;
        }
        if (caughtUp) await save({ ...peerState, etag: found.etag, failures: 0, problem: null });
      } catch (error) {
        // A peer's file too large for us is that peer's problem: skip it, as a corrupt one, and say so at once.
        if (error instanceof RemoteError && error.kind === 'oversized') {
          await save({ ...peerState, etag: null, problem: 'oversized' });
          report.oversized.push(error.path ?? peer);
          continue;
        }
        if (!(error instanceof CorruptFileError)) throw error;
        if (error instanceof MisplacedFileError) report.misplaced.push(error.path);
        // Skip this peer without moving past the bad file; the others still sync.
        await save({ ...peerState, etag: null, failures: peerState.failures + 1, problem: 'corrupt' });
        if (peerState.failures >= unreadableWarnAfter) report.unreadablePeers.push(peer);
      }
    }
  }

  private async readBatch(codec: FileCodec, peer: string, seq: number): Promise<LogBatch> {
    const path = logPath(peer, seq);
    const found = await this.readCapped(path, maxFileBytes.log);
    if (found === 'missing' || found === 'unchanged') throw new CorruptFileError(`${path} is missing although the head lists it`);
    const batch = await codec.decodeBatch(found.body, path);
    if (batch.deviceId !== peer || batch.seq !== seq) throw new MisplacedFileError(path, `${path} holds batch ${batch.seq} of ${batch.deviceId}`);
    return batch;
  }

  /** Any store may be asked for a limit; this one holds it too, whatever the store did with it. */
  private async readCapped(path: string, maxBytes: number, etag: string | null = null): Promise<RemoteFile | 'missing' | 'unchanged'> {
    const found = await this.remote.read(path, etag, maxBytes);
    if (typeof found === 'object' && found.body.length > maxBytes) throw new RemoteError('oversized', `${path}: ${found.body.length} bytes, more than the ${maxBytes} read`, null, null, path);
    return found;
  }

  private committed(state: SyncState, seq: number, clock: string): SyncState {
    return { ...state, seq, pushedClocks: [...state.pushedClocks, [seq, clock] as [number, string]].slice(-this.pushedClocksKept) };
  }
}

function freshState(vaultId: string): SyncState {
  return { vaultId, seq: 0, fullFrom: null, pushedClocks: [], pending: null, peers: {} };
}

function freshPeer(): PeerState {
  return { lastSeen: 0, etag: null, failures: 0, problem: null, heldDeletes: null, allowDeletesThrough: 0 };
}

function lastSeenOf(state: SyncState): Record<string, number> {
  return Object.fromEntries(Object.entries(state.peers).map(([peer, { lastSeen }]) => [peer, lastSeen]));
}

/**
 * Our clock when we pushed the last batch the peer had seen: our edits above it are news to the
 * peer. Unknown (never seen, or older than we remember) is "", so every edit of ours counts as
 * concurrent: at worst an extra conflict copy, never a lost text.
 */
export function seenClock(state: SyncState, peerSawSeq: number): string {
  let clock = '';
  for (const [seq, pushed] of state.pushedClocks) if (seq <= peerSawSeq) clock = pushed;
  if (state.pushedClocks.length > 0 && state.pushedClocks[0]![0] > peerSawSeq) return '';
  return clock;
}

/** Groups envelopes into batches of at most `limit` bytes of JSON (a single larger record goes alone). */
export function splitBatches(envelopes: Envelope[], limit: number): Envelope[][] {
  const batches: Envelope[][] = [];
  let current: Envelope[] = [];
  let size = 0;
  for (const envelope of envelopes) {
    const bytes = JSON.stringify(envelope).length + 1;
    if (current.length > 0 && size + bytes > limit) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(envelope);
    size += bytes;
  }
  if (current.length > 0 || batches.length === 0) batches.push(current);
  return batches;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
