import { browser } from '@/utils/browser/api';
import type { CoachbarDatabase } from '@/utils/db/database';
import { DexieReplica } from '@/utils/db/sync-replica';
import type { RecordWriter } from '@/utils/db/writer';
import type { ChangeTopic } from '@/utils/messaging/protocol';
import { SyncEngine } from '@/utils/sync/engine';
import { offStatus, statusAfterError, statusAfterRun, type SyncSettings, type SyncStatus, type SyncView } from '@/utils/sync/status';
import { hostPermissionFor, WebDavStore } from '@/utils/sync/webdav';

const settingsKey = 'syncSettings';
const statusKey = 'syncStatus';
export const syncAlarm = 'coachbar-sync';
/** Chrome runs alarms at most every 30 s; edits are pushed sooner by a timer while the worker lives. */
const alarmPeriodMinutes = 1;
const afterEditMs = 5_000;

/** Runs sync in the background: one run at a time, on alarms, shortly after edits, and on "Sync now". */
export class SyncService {
  private readonly replica: DexieReplica;
  private soonTimer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<SyncView> | null = null;
  private again = false;

  constructor(
    private readonly db: CoachbarDatabase,
    writer: RecordWriter,
    private readonly broadcast: (topics: readonly ChangeTopic[]) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.replica = new DexieReplica(db, writer);
  }

  /** Chrome may drop alarms on a browser restart: put ours back whenever the worker starts. */
  async keepAlarm(): Promise<void> {
    if ((await this.settings()) && !(await browser.alarms.get(syncAlarm))) await browser.alarms.create(syncAlarm, { periodInMinutes: alarmPeriodMinutes });
  }

  async settings(): Promise<SyncSettings | null> {
    const stored = await browser.storage.local.get(settingsKey);
    return (stored[settingsKey] as SyncSettings | undefined) ?? null;
  }

  async view(): Promise<SyncView> {
    const [settings, stored, conflicts] = await Promise.all([
      this.settings(),
      browser.storage.local.get(statusKey),
      this.db.conflicts.filter((conflict) => conflict.deletedAt === null).count(),
    ]);
    const status = settings ? ((stored[statusKey] as SyncStatus | undefined) ?? { ...offStatus, phase: 'syncing' }) : offStatus;
    return { ...status, server: settings ? new URL(settings.url).origin + new URL(settings.url).pathname : null, user: settings?.user ?? null, encrypted: !!settings?.passphrase, conflicts };
  }

  /** Saves the server and syncs at once, so the user learns right away whether it works. */
  async connect(settings: SyncSettings): Promise<SyncView> {
    const url = new URL(settings.url);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError('The server address must start with https://');
    const previous = await this.settings();
    if (previous && previous.url !== settings.url) await this.replica.forgetState();
    await browser.storage.local.set({ [settingsKey]: { ...settings, url: url.href }, [statusKey]: { ...offStatus, phase: 'syncing' } });
    await browser.alarms.create(syncAlarm, { periodInMinutes: alarmPeriodMinutes });
    return this.run({ force: true });
  }

  async disconnect(): Promise<SyncView> {
    clearTimeout(this.soonTimer);
    await browser.alarms.clear(syncAlarm);
    await browser.storage.local.remove([settingsKey, statusKey]);
    await this.replica.forgetState();
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
    if (!(await browser.permissions.contains({ origins: [hostPermissionFor(settings.url)] }))) {
      await this.saveStatus({ ...previous, phase: 'permission', detail: null });
      return this.view();
    }
    await this.saveStatus({ ...previous, phase: 'syncing' });
    const engine = new SyncEngine(new WebDavStore({ url: settings.url, user: settings.user, password: settings.password }), this.replica, { passphrase: settings.passphrase, now: this.now });
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
