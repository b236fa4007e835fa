import { LimitError, PassphraseError } from './files';
import { maxPeersPerRun, UpdateNeededError, type SyncReport } from './engine';
import { RemoteError } from './remote';

/** What the user sees about sync, in words (the status chip). */
export type SyncPhase =
  | 'off'
  | 'syncing'
  | 'synced'
  /** No network or the server is down: everything is saved locally and goes later. */
  | 'offline'
  | 'signInFailed'
  | 'updateNeeded'
  | 'passphrase'
  /** The browser's permission for the server's address is missing. */
  | 'permission'
  /** A peer's batch would delete many records; it waits for the user. */
  | 'deletesHeld'
  /** A peer's batch carries a clock stamp more than 24 h ahead of ours; that peer waits. */
  | 'clockAhead'
  /** The server refused in a way retrying will not fix (wrong address, not WebDAV). */
  | 'refused'
  /** The server showed older files than before, or files out of place: none of them applied. */
  | 'rolledBack'
  /** The server sent more than Coachbar reads (a file too large, too many devices, a key too costly to derive). */
  | 'limitExceeded';

export interface SyncStatus {
  phase: SyncPhase;
  lastSyncedAt: number | null;
  /** Failed runs in a row, for the backoff. */
  failures: number;
  /** No automatic run before this time (backoff); "Sync now" ignores it. */
  nextAttemptAt: number | null;
  /** The technical detail of the last problem, shown under the words. */
  detail: string | null;
  heldDeletes: SyncReport['heldDeletes'];
  updateNeeded: string[];
  unreadablePeers: string[];
}

export const offStatus: SyncStatus = { phase: 'off', lastSyncedAt: null, failures: 0, nextAttemptAt: null, detail: null, heldDeletes: [], updateNeeded: [], unreadablePeers: [] };

const firstRetryMs = 2_000;
const maxRetryMs = 5 * 60_000;

/** 2 s, 4 s, 8 s … up to 5 min, each with ±50 % jitter so devices do not retry in step; Retry-After wins when longer. */
export function backoffMs(failures: number, retryAfterMs: number | null, random: number): number {
  const exponential = Math.min(maxRetryMs, firstRetryMs * 2 ** Math.max(0, failures - 1));
  const jittered = exponential * (0.5 + random);
  return Math.round(Math.max(jittered, retryAfterMs ?? 0));
}

/** The first that applies: what most needs the user's eye. */
function phaseOf(report: SyncReport): SyncPhase {
  if (report.heldDeletes.length > 0) return 'deletesHeld';
  if (report.clockAhead.length > 0) return 'clockAhead';
  if (report.rolledBack.length > 0 || report.misplaced.length > 0) return 'rolledBack';
  if (report.oversized.length > 0 || report.peersNotRead > 0) return 'limitExceeded';
  if (report.updateNeeded.length > 0) return 'updateNeeded';
  return 'synced';
}

export function statusAfterRun(previous: SyncStatus, report: SyncReport, now: number): SyncStatus {
  const details = [
    ...report.clockAhead.map(({ deviceId, seq, stamp }) => `Batch ${seq} of device ${deviceId} holds the clock stamp ${stamp}`),
    ...report.rolledBack.map(({ deviceId, seen, found }) => `The server shows batch ${found} of device ${deviceId}, after batch ${seen} was read`),
    ...report.misplaced.map((path) => `${path} names another device or batch`),
    ...report.oversized.map((path) => `${path} is larger than Coachbar reads`),
    ...(report.peersNotRead > 0 ? [`${report.peersNotRead} device folders not read: Coachbar reads ${maxPeersPerRun}`] : []),
    ...(report.unreadablePeers.length > 0 ? [`Unreadable files from ${report.unreadablePeers.length} device(s)`] : []),
  ];
  const phase = phaseOf(report);
  return {
    ...previous,
    phase,
    lastSyncedAt: now,
    failures: 0,
    nextAttemptAt: null,
    detail: details.length > 0 ? details.join('; ') : null,
    heldDeletes: report.heldDeletes,
    updateNeeded: report.updateNeeded,
    unreadablePeers: report.unreadablePeers,
  };
}

/** Sign-in, passphrase and format problems wait for the user: no retry loop against a locked account. */
export function statusAfterError(previous: SyncStatus, error: unknown, now: number, random: number): SyncStatus {
  const detail = error instanceof Error ? error.message : String(error);
  const failures = previous.failures + 1;
  const waitForUser = (phase: SyncPhase): SyncStatus => ({ ...previous, phase, failures, nextAttemptAt: null, detail });
  if (error instanceof RemoteError) {
    if (error.kind === 'auth') return waitForUser('signInFailed');
    if (error.kind === 'refused') return waitForUser('refused');
    const phase = error.kind === 'oversized' ? 'limitExceeded' : 'offline';
    return { ...previous, phase, failures, nextAttemptAt: now + backoffMs(failures, error.retryAfterMs, random), detail };
  }
  // Retried with backoff, so a folder put right syncs again by itself.
  if (error instanceof LimitError) return { ...previous, phase: 'limitExceeded', failures, nextAttemptAt: now + backoffMs(failures, null, random), detail };
  if (error instanceof PassphraseError) return waitForUser('passphrase');
  if (error instanceof UpdateNeededError) return waitForUser('updateNeeded');
  // A garbled sync.json, a local failure (a full disk, a bug): retry with backoff, and show what it was.
  return { ...previous, phase: 'offline', failures, nextAttemptAt: now + backoffMs(failures, null, random), detail };
}

/** Where the user's sync server lives and how to sign in, as the user gives it to turn sync on. */
export interface SyncSettings {
  url: string;
  user: string;
  password: string;
  /** Encrypts every file with this passphrase; null for plain JSON. */
  passphrase: string | null;
}

/**
 * The settings as `storage.local` keeps them, never synced. No secret: content scripts can read
 * `storage.local`, so the password and the passphrase's keys live in the background's IndexedDB.
 */
export interface StoredSyncSettings {
  url: string;
  user: string;
  encrypted: boolean;
}

/** Hosts a plain http:// address may name: the password then never leaves this machine. */
const loopbackHosts = new Set(['localhost', '127.0.0.1']);

/**
 * Why a sync server address cannot be used, or null when it can: http:// would send the password
 * (Basic auth) and the files in clear to anyone on the way, so only https://, or http:// on this machine.
 */
export function serverAddressProblem(address: string): 'invalid' | 'insecure' | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'invalid';
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol !== 'http:') return 'invalid';
  return loopbackHosts.has(url.hostname) ? null : 'insecure';
}

export interface SyncView extends SyncStatus {
  /** The server's address without credentials, or null when sync is off. */
  server: string | null;
  user: string | null;
  encrypted: boolean;
  /** Conflict copies waiting for the user. */
  conflicts: number;
}
