import { browser } from '@/utils/browser/api';
import type { CoachbarDatabase } from '@/utils/db/database';
import { DexieReplica } from '@/utils/db/sync-replica';
import { SyncSecrets } from '@/utils/db/sync-secrets';
import type { RecordWriter } from '@/utils/db/writer';
import type { ChangeTopic } from '@/utils/messaging/protocol';
import { SyncEngine } from '@/utils/sync/engine';
import type { RemoteStore } from '@/utils/sync/remote';
import { offStatus, serverAddressProblem, statusAfterError, statusAfterRun, type StoredSyncSettings, type SyncSettings, type SyncStatus, type SyncView } from '@/utils/sync/status';
import { VaultKeys } from '@/utils/sync/vault-keys';
import { hostPermissionFor, WebDavStore } from '@/utils/sync/webdav';

const settingsKey = 'syncSettings';
const statusKey = 'syncStatus';
export const syncAlarm = 'coachbar-sync';
/** Chrome runs alarms at most every 30 s; edits are pushed sooner by a timer while the worker lives. */
const alarmPeriodMinutes = 1;
const afterEditMs = 5_000;

/** The server a run talks to; tests give a store in memory. */
export type RemoteFor = (server: { url: string; user: string; password: string }) => RemoteStore;

/** An address that would send the password in clear: refused before anything is saved or sent. */
export class InsecureAddressError extends TypeError {
  override name = 'InsecureAddressError';
}

/** Settings saved before the secrets moved out of `storage.local` still carry them. */
type SettingsAsStored = StoredSyncSettings & { password?: string; passphrase?: string | null };

/** Runs sync in the background: one run at a time, on alarms, shortly after edits, and on "Sync now". */
export class SyncService {
  private readonly replica: DexieReplica;
  private readonly secrets: SyncSecrets;
  private movingSecrets: Promise<StoredSyncSettings> | null = null;
  private soonTimer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<SyncView> | null = null;
  private again = false;

  constructor(
    private readonly db: CoachbarDatabase,
    writer: RecordWriter,
    private readonly broadcast: (topics: readonly ChangeTopic[]) => void,
    private readonly now: () => number = Date.now,
    private readonly remoteFor: RemoteFor = (server) => new WebDavStore(server),
  ) {
    this.replica = new DexieReplica(db, writer);
    this.secrets = new SyncSecrets(db, now);
  }

  /** Chrome may drop alarms on a browser restart: put ours back whenever the worker starts. */
  async keepAlarm(): Promise<void> {
    if ((await this.settings()) && !(await browser.alarms.get(syncAlarm))) await browser.alarms.create(syncAlarm, { periodInMinutes: alarmPeriodMinutes });
  }

  /** Read on every start (keepAlarm): settings that still hold secrets have them moved first. */
  async settings(): Promise<StoredSyncSettings | null> {
    const stored = (await browser.storage.local.get(settingsKey))[settingsKey] as SettingsAsStored | undefined;
    if (!stored) return null;
    if (!('password' in stored) && !('passphrase' in stored)) return stored;
    this.movingSecrets ??= this.moveSecrets(stored).finally(() => {
      this.movingSecrets = null;
    });
    return this.movingSecrets;
  }

  /**
   * Content scripts can read `storage.local`: the password and the passphrase move to the
   * background's IndexedDB, and only then leave `storage.local`, so a worker stopped in between
   * moves them again on its next start.
   */
  private async moveSecrets({ url, user, password, passphrase }: SettingsAsStored): Promise<StoredSyncSettings> {
    await this.secrets.replace({ password: password ?? '', passphrase: passphrase || null });
    const settings: StoredSyncSettings = { url, user, encrypted: !!passphrase };
    await browser.storage.local.set({ [settingsKey]: settings });
    return settings;
  }

  async view(): Promise<SyncView> {
    const [settings, stored, conflicts] = await Promise.all([
      this.settings(),
      browser.storage.local.get(statusKey),
      this.db.conflicts.filter((conflict) => conflict.deletedAt === null).count(),
    ]);
    const status = settings ? ((stored[statusKey] as SyncStatus | undefined) ?? { ...offStatus, phase: 'syncing' }) : offStatus;
    return { ...status, server: settings ? new URL(settings.url).origin + new URL(settings.url).pathname : null, user: settings?.user ?? null, encrypted: settings?.encrypted ?? false, conflicts };
  }

  /** Saves the server and syncs at once, so the user learns right away whether it works. */
  async connect({ url: address, user, password, passphrase }: SyncSettings): Promise<SyncView> {
    const problem = serverAddressProblem(address);
    if (problem === 'insecure') throw new InsecureAddressError('http:// would send the password in clear: use an https:// address (http:// only for localhost or 127.0.0.1)');
    if (problem === 'invalid') throw new TypeError('The server address must start with https://');
    const url = new URL(address).href;
    const previous = await this.settings();
    if (previous && previous.url !== url) await this.replica.forgetState();
    await this.secrets.replace({ password, passphrase: passphrase || null });
    const settings: StoredSyncSettings = { url, user, encrypted: !!passphrase };
    await browser.storage.local.set({ [settingsKey]: settings, [statusKey]: { ...offStatus, phase: 'syncing' } });
    if (previous && hostPermissionFor(previous.url) !== hostPermissionFor(url)) await releaseHostPermission(previous.url);
    await browser.alarms.create(syncAlarm, { periodInMinutes: alarmPeriodMinutes });
    return this.run({ force: true });
  }

  async disconnect(): Promise<SyncView> {
    clearTimeout(this.soonTimer);
    const previous = await this.settings();
    await browser.alarms.clear(syncAlarm);
    await browser.storage.local.remove([settingsKey, statusKey]);
    await this.secrets.clear();
    await this.replica.forgetState();
    if (previous) await releaseHostPermission(previous.url);
    this.broadcast(['sync']);
    return this.view();
  }

  /** Lets a held batch of deletions through, then syncs. */
  async allowDeletes(deviceId: string, seq: number): Promise<SyncView> {
    const state = await this.replica.loadState();
    const peer = state?.peers[deviceId];
    if (state && peer) await this.replica.saveState({ ...state, peers: { ...state.peers, [deviceId]: { ...peer, allowDeletesThrough: Math.max(peer.allowDeletesThrough, seq) } } });
    return this.run({ force: true });
  }

  /** Pushes local edits a few seconds after they happen; the writer calls this when its outbox has news. */
  soon(): void {
    clearTimeout(this.soonTimer);
    this.soonTimer = setTimeout(() => void this.run({ force: false }), afterEditMs);
  }

  /**
   * One run at a time in this worker, and one per profile across contexts (Web Locks). A request
   * during a run queues one more run, so an edit made meanwhile is not left waiting for the alarm.
   */
  run({ force }: { force: boolean }): Promise<SyncView> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.runLocked(force).finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.run({ force: false });
      }
    });
    return this.running;
  }

  private async runLocked(force: boolean): Promise<SyncView> {
    const settings = await this.settings();
    if (!settings) return this.view();
    const stored = (await browser.storage.local.get(statusKey))[statusKey] as SyncStatus | undefined;
    const previous = stored ?? { ...offStatus, phase: 'syncing' as const };
    const waitingForUser = ['signInFailed', 'passphrase', 'refused', 'permission'].includes(previous.phase);
    if (!force && (waitingForUser || (previous.nextAttemptAt !== null && previous.nextAttemptAt > this.now()))) return this.view();
    // Settings saved before http:// was refused: nothing more goes out in clear.
    if (serverAddressProblem(settings.url) !== null) {
      await this.saveStatus({ ...previous, phase: 'refused', detail: `${new URL(settings.url).origin}: not https://` });
      return this.view();
    }
    if (!(await browser.permissions.contains({ origins: [hostPermissionFor(settings.url)] }))) {
      await this.saveStatus({ ...previous, phase: 'permission', detail: null });
      return this.view();
    }
    await this.saveStatus({ ...previous, phase: 'syncing' });
    const remote = this.remoteFor({ url: settings.url, user: settings.user, password: (await this.secrets.password()) ?? '' });
    const keys = settings.encrypted ? new VaultKeys(await this.secrets.passphrase(), this.secrets) : null;
    const engine = new SyncEngine(remote, this.replica, { passphrase: keys, now: this.now });
    let next: SyncStatus;
    try {
      const report = await navigator.locks.request('coachbar-sync', () => engine.run());
      // The writer has told the pages which tables the pull changed.
      next = statusAfterRun(previous, report, this.now());
    } catch (error) {
      next = statusAfterError(previous, error, this.now(), Math.random());
    }
    await this.saveStatus(next);
    return this.view();
  }

  private async saveStatus(status: SyncStatus): Promise<void> {
    await browser.storage.local.set({ [statusKey]: status });
    this.broadcast(['sync']);
  }
}

/** The optional host permission is for the one server the user gave: a server given up loses it. */
async function releaseHostPermission(url: string): Promise<void> {
  // Chrome refuses to remove a host the manifest requires (a server on a call site's host).
  await browser.permissions.remove({ origins: [hostPermissionFor(url)] }).catch(() => false);
}
