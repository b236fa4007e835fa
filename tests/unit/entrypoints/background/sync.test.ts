import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MemoryRemote } from '../../../support/sync-devices';
import { SyncService, type RemoteFor } from '@/entrypoints/background/sync';
import { openDatabase, type CoachbarDatabase } from '@/utils/db/database';
import { RecordWriter } from '@/utils/db/writer';
import { vaultPath } from '@/utils/sync/files';

const password = 'app-token-5f2c';
const passphrase = 'correct horse battery';
const setup = { url: 'https://cloud.example.com/dav/Coachbar/', user: 'ada', password, passphrase };

/** The profile's database as the latest worker opened it. */
let db: CoachbarDatabase | undefined;
const opened = new Set<string>();
let remote: MemoryRemote;
let signIns: { url: string; user: string; password: string }[];

beforeEach(() => {
  remote = new MemoryRemote();
  signIns = [];
  // Node has no Web Locks; one run at a time is all the service needs of them here.
  vi.stubGlobal('navigator', { locks: { request: (_name: string, run: () => Promise<unknown>) => run() } });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true as never);
});

afterEach(async () => {
  vi.unstubAllGlobals();
  db?.close();
  db = undefined;
  await Promise.all([...opened].map((name) => Dexie.delete(name)));
  opened.clear();
});

/** A background worker; a second call is the same profile after the worker was stopped and started again. */
function worker(profile = 'sync-service-test'): SyncService {
  db?.close();
  db = openDatabase({}, profile);
  opened.add(profile);
  const remoteFor: RemoteFor = (server) => {
    signIns.push(server);
    return remote;
  };
  return new SyncService(db, new RecordWriter(db), () => undefined, Date.now, remoteFor);
}

/** Everything a content script in a call page can read. */
async function readableByContentScripts(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

describe('sync secrets', () => {
  it('keeps neither the password nor the passphrase where a content script can read them, and syncs on after a restart', async () => {
    const first = await worker().connect(setup);
    expect(first).toMatchObject({ phase: 'synced', encrypted: true, user: 'ada' });
    expect(remote.text(vaultPath)).toContain('PBKDF2');

    const readable = await readableByContentScripts();
    expect(readable).toContain('cloud.example.com');
    expect(readable).not.toContain(password);
    expect(readable).not.toContain(passphrase);
    // The passphrase is not kept at all once its key opened the folder: only the derived key is.
    const secrets = await db!.syncSecrets.toArray();
    expect(JSON.stringify(secrets)).not.toContain(passphrase);
    const kept = secrets.find((secret) => 'key' in secret);
    expect(kept && 'key' in kept && kept.key.extractable).toBe(false);

    // A new worker has no passphrase in memory; the kept key opens the folder.
    const restarted = worker();
    await db!.notes.put({ id: 's1/start', sessionId: 's1', sectionId: 'start', text: 'after restart', private: false, questionIds: [], createdAt: 1, updatedAt: '1765000000000:00000:x', deletedAt: null });
    expect(await restarted.run({ force: true })).toMatchObject({ phase: 'synced' });
    expect(signIns.at(-1)).toEqual({ url: setup.url, user: 'ada', password });
  });

  it('moves secrets saved by an earlier version out of storage.local when the worker starts', async () => {
    await fakeBrowser.storage.local.set({ syncSettings: { url: setup.url, user: 'ada', password, passphrase } });
    const service = worker();
    await service.keepAlarm();
    expect(await readableByContentScripts()).not.toContain(password);
    expect(await readableByContentScripts()).not.toContain(passphrase);
    expect((await fakeBrowser.storage.local.get('syncSettings')).syncSettings).toEqual({ url: setup.url, user: 'ada', encrypted: true });

    // The first run derives the key from the moved passphrase, then forgets the passphrase.
    expect(await service.run({ force: true })).toMatchObject({ phase: 'synced', encrypted: true });
    expect(signIns.at(-1)?.password).toBe(password);
    expect(JSON.stringify(await db!.syncSecrets.toArray())).not.toContain(passphrase);
  });

  it('asks for the passphrase again, rather than guess, when the folder was encrypted anew elsewhere', async () => {
    await worker().connect(setup);
    // Another profile emptied the folder and turned sync on again: a new salt, so a new key.
    // (Its settings land in the same fake storage.local; they name the same server and user.)
    remote.files.clear();
    await worker('sync-service-elsewhere').connect({ ...setup, passphrase: 'another passphrase' });
    expect(await worker().run({ force: true })).toMatchObject({ phase: 'passphrase' });
  });

  it('forgets the secrets and the server permission when sync is turned off', async () => {
    const service = worker();
    await service.connect(setup);
    await service.disconnect();
    expect(await db!.syncSecrets.count()).toBe(0);
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://cloud.example.com/*'] });
  });

  it('gives up the permission for a server the user moved away from', async () => {
    const service = worker();
    await service.connect(setup);
    await service.connect({ ...setup, url: 'https://other.example.org/dav/' });
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://cloud.example.com/*'] });
    expect(fakeBrowser.permissions.remove).not.toHaveBeenCalledWith({ origins: ['https://other.example.org/*'] });
  });
});

describe('the server address', () => {
  it.each(['http://cloud.example.com/dav/', 'http://192.168.1.20/dav/', 'http://localhost.example.com/dav/'])('refuses %s, which would send the password in clear', async (url) => {
    const service = worker();
    await expect(service.connect({ ...setup, url })).rejects.toMatchObject({ name: 'InsecureAddressError' });
    expect(await service.settings()).toBeNull();
    expect(signIns).toEqual([]);
  });

  it.each(['http://localhost:8080/dav/', 'http://127.0.0.1/dav/'])('accepts %s on this machine', async (url) => {
    expect(await worker().connect({ ...setup, url, passphrase: null })).toMatchObject({ phase: 'synced', encrypted: false });
  });

  it('sends nothing more to an http:// server saved before such addresses were refused', async () => {
    await fakeBrowser.storage.local.set({ syncSettings: { url: 'http://cloud.example.com/dav/', user: 'ada', password, passphrase: null } });
    expect(await worker().run({ force: true })).toMatchObject({ phase: 'refused' });
    expect(signIns).toEqual([]);
  });
});
