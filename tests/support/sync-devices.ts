import Dexie from 'dexie';
import { CoachbarRepositories } from './sync-repositories';
import { openDatabase, type CoachbarDatabase } from '@/utils/db/database';
import type { BaseRecord } from '@/utils/db/records';
import { DexieReplica } from '@/utils/db/sync-replica';
import { RecordWriter } from '@/utils/db/writer';
import { SyncEngine, type SyncOptions, type SyncReport } from '@/utils/sync/engine';
import type { RemoteFile, RemoteStore } from '@/utils/sync/remote';

/** One browser profile for sync tests: its own database, clock and engine, all real. */
export class SyncDevice {
  readonly db: CoachbarDatabase;
  readonly writer: RecordWriter;
  readonly replica: DexieReplica;
  readonly repos: CoachbarRepositories;
  /** Skew of this device's wall clock, in ms. */
  skewMs = 0;

  constructor(
    readonly label: string,
    private remote: RemoteStore,
    private readonly options: Partial<SyncOptions> = {},
  ) {
    this.db = openDatabase({}, `sync-${label}-${crypto.randomUUID()}`);
    const now = () => Date.now() + this.skewMs;
    this.writer = new RecordWriter(this.db, now);
    this.replica = new DexieReplica(this.db, this.writer);
    this.repos = new CoachbarRepositories(this.db, this.writer);
  }

  useRemote(remote: RemoteStore): void {
    this.remote = remote;
  }

  sync(options: Partial<SyncOptions> = {}): Promise<SyncReport> {
    return new SyncEngine(this.remote, this.replica, { passphrase: null, now: () => Date.now() + this.skewMs, ...this.options, ...options }).run();
  }

  /** Every record, tombstones included, without local-only bookkeeping: what must match across devices. */
  async visibleState(): Promise<Record<string, unknown[]>> {
    const tables = ['people', 'sessions', 'notes', 'ratings', 'objectives', 'actionItems', 'conflicts'] as const;
    const entries = await Promise.all(
      tables.map(async (table) => {
        const records = await this.db.table<BaseRecord, string>(table).toArray();
        return [table, records.filter((record) => record.deletedAt === null).map(({ fieldClocks: _clocks, baseClocks: _bases, updatedAt: _updated, ...rest }) => rest as Record<string, unknown>).sort((a, b) => String(a.id).localeCompare(String(b.id)))] as const;
      }),
    );
    // Search words are derived on each device: the same notes must give the same words.
    const words = (await this.db.noteWords.toArray()).sort((a, b) => a.id.localeCompare(b.id));
    return { ...Object.fromEntries(entries), noteWords: words };
  }

  async close(): Promise<void> {
    this.db.close();
    await Dexie.delete(this.db.name);
  }
}

/** A remote folder in memory with the semantics of a strict WebDAV server. */
export class MemoryRemote implements RemoteStore {
  readonly files = new Map<string, { body: Uint8Array; version: number }>();
  private version = 0;

  async read(path: string, etag?: string | null): Promise<RemoteFile | 'missing' | 'unchanged'> {
    const file = this.files.get(path);
    if (!file) return 'missing';
    const tag = `"${file.version}"`;
    if (etag === tag) return 'unchanged';
    return { body: file.body.slice(), etag: tag };
  }

  async create(path: string, body: Uint8Array<ArrayBuffer>): Promise<boolean> {
    if (this.files.has(path)) return false;
    await this.write(path, body);
    return true;
  }

  async write(path: string, body: Uint8Array<ArrayBuffer>): Promise<void> {
    this.files.set(path, { body: body.slice(), version: (this.version += 1) });
  }

  async list(folder: string): Promise<string[]> {
    const names = new Set<string>();
    for (const path of this.files.keys()) {
      if (!path.startsWith(folder)) continue;
      const rest = path.slice(folder.length);
      const slash = rest.indexOf('/');
      names.add(slash === -1 ? rest : rest.slice(0, slash + 1));
    }
    return [...names].sort();
  }

  async remove(path: string): Promise<void> {
    this.files.delete(path);
  }

  text(path: string): string {
    return new TextDecoder().decode(this.files.get(path)?.body);
  }
}
