// The sync engine against real WebDAV servers (lighttpd: strict ETags and atomic conditional
// writes; Apache mod_dav: weak ETags, racy conditional writes), through a fault-injecting proxy.
import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { SyncDevice } from '../support/sync-devices';
import type { Fault } from './support/fault-proxy';
import { describeWithServer, useServerBehindProxy } from './support/suite';
import type { ServerKind } from './support/webdav-servers';
import { headPath, logPath } from '@/utils/sync/files';
import { RemoteError } from '@/utils/sync/remote';
import { offStatus, statusAfterError, statusAfterRun } from '@/utils/sync/status';
import { WebDavStore } from '@/utils/sync/webdav';

const kinds: ServerKind[] = ['lighttpd', 'apache'];
const hour = 3_600_000;

for (const kind of kinds) describeWithServer(kind, `sync through ${kind}`, () => {
  const dav = useServerBehindProxy(kind);
  let folder = 0;
  const devices: SyncDevice[] = [];
  afterEach(async () => {
    dav.proxy.clearRules();
    dav.proxy.setRandomFaults(null);
    await Promise.all(devices.splice(0).map((d) => d.close()));
  });

  /** Devices sharing a fresh folder on the server, each talking through the dav.proxy. */
  function newDevices(count: number, options: { password?: string; timeoutMs?: number } = {}): SyncDevice[] {
    folder += 1;
    const url = new URL(`vault-${folder}/`, dav.proxy.url).href;
    const created = Array.from({ length: count }, (_, i) => new SyncDevice(`${kind}-${folder}-${i}`, new WebDavStore({ url, user: dav.server.user, password: options.password ?? dav.server.password, timeoutMs: options.timeoutMs ?? 3_000 })));
    devices.push(...created);
    return created;
  }

  /** Runs sync on every device until a round changes nothing, tolerating faults; then compares. */
  async function converge(all: SyncDevice[], rounds = 4): Promise<void> {
    for (let round = 0; round < rounds; round += 1) {
      for (const d of all) await d.sync().catch(() => undefined);
    }
    for (const d of all) await d.sync();
    for (const d of all) await d.sync();
    const [first, ...rest] = await Promise.all(all.map((d) => d.visibleState()));
    for (const state of rest) expect(state).toEqual(first);
  }

  it('three devices syncing at once converge', async () => {
    const [a, b, c] = newDevices(3);
    await Promise.all([a!.repos.notes.saveText('s1', 'start', 'from A'), b!.repos.notes.saveText('s2', 'start', 'from B'), c!.repos.notes.saveText('s3', 'start', 'from C')]);
    await Promise.all([a!.sync(), b!.sync(), c!.sync()]);
    await Promise.all([a!.sync(), b!.sync(), c!.sync()]);
    await converge([a!, b!, c!]);
    expect((await a!.db.notes.toArray()).map((n) => n.text).sort()).toEqual(['from A', 'from B', 'from C']);
  });

  it('the same note edited on two devices gives exactly one conflict copy, with the same id everywhere', async () => {
    const [a, b, c] = newDevices(3);
    await a!.repos.notes.saveText('s1', 'start', 'shared');
    await converge([a!, b!, c!]);
    await a!.repos.notes.saveText('s1', 'start', 'A rewrote it');
    await b!.repos.notes.saveText('s1', 'start', 'B rewrote it');
    await Promise.all([a!.sync(), b!.sync()]);
    await converge([a!, b!, c!]);
    const copies = await Promise.all([a!, b!, c!].map((d) => d.db.conflicts.toArray()));
    expect(copies.map((list) => list.length)).toEqual([1, 1, 1]);
    expect(new Set(copies.map((list) => list[0]!.id)).size).toBe(1);
    const note = (await a!.db.notes.get('s1/start'))!.text;
    expect([note, copies[0]![0]!.text].sort()).toEqual(['A rewrote it', 'B rewrote it']);
  });

  it('edit against delete: the delete wins everywhere and the edit is kept as a copy', async () => {
    const [a, b] = newDevices(2);
    await a!.repos.people.save('p1', {}, () => ({ name: 'Ada', role: 'Engineer', notes: '', meetingKeys: [] }));
    await converge([a!, b!]);
    await a!.repos.people.remove('p1');
    await b!.repos.people.save('p1', { notes: 'Asked for a mentor' });
    await converge([a!, b!]);
    for (const d of [a!, b!]) {
      expect(await d.repos.people.get('p1')).toBeUndefined();
      expect((await d.repos.conflicts.all()).map((copy) => copy.text)).toEqual(['Asked for a mentor']);
    }
  });

  it('an upload cut off mid-way is finished by the next run', async () => {
    const [a, b] = newDevices(2);
    await a!.sync();
    await a!.repos.notes.saveText('s1', 'start', 'x'.repeat(20_000));
    dav.proxy.addRule({ method: 'PUT', pathIncludes: '/log/', fault: 'cut-upload' });
    await expect(a!.sync()).rejects.toThrow(RemoteError);
    await converge([a!, b!]);
    expect((await b!.db.notes.get('s1/start'))?.text).toHaveLength(20_000);
  });

  it('a head write the server applied but whose answer was lost is adopted, not repeated', async () => {
    const [a, b] = newDevices(2);
    await a!.sync();
    await a!.repos.notes.saveText('s1', 'start', 'committed, answer lost');
    dav.proxy.addRule({ method: 'PUT', pathIncludes: 'head.json', fault: 'drop-response' });
    await expect(a!.sync()).rejects.toThrow(RemoteError);
    const report = await a!.sync();
    expect(report.pushed).toBe(0);
    expect((await a!.replica.loadState())?.seq).toBe(2);
    await converge([a!, b!]);
    expect((await b!.db.notes.get('s1/start'))?.text).toBe('committed, answer lost');
  });

  const steps: { method: string; path: string }[] = [
    { method: 'GET', path: 'sync.json' },
    { method: 'GET', path: 'head.json' },
    { method: 'PUT', path: '/log/' },
    { method: 'GET', path: '/log/' },
    { method: 'PUT', path: 'head.json' },
    { method: 'PROPFIND', path: 'devices' },
  ];
  const faults: Fault[] = ['status-500', 'status-503', 'hang', 'reset', 'truncate'];
  it('a 500, 503, timeout, reset or cut-off answer at every step loses nothing', async () => {
    const [a, b] = newDevices(2, { timeoutMs: 800 });
    let n = 0;
    for (const step of steps) {
      for (const fault of faults) {
        n += 1;
        await a!.repos.notes.saveText(`s${n}`, 'start', `note ${n}`);
        await b!.repos.notes.saveText(`t${n}`, 'start', `other ${n}`);
        dav.proxy.addRule({ method: step.method, pathIncludes: step.path, fault });
        await a!.sync().catch((error: unknown) => expect(error).toBeInstanceOf(RemoteError));
        await b!.sync().catch((error: unknown) => expect(error).toBeInstanceOf(RemoteError));
        dav.proxy.clearRules();
      }
    }
    await converge([a!, b!]);
    expect(await b!.db.notes.count()).toBe(2 * n);
  }, 60_000);

  it('a wrong password is a sign-in error, not a retry loop', async () => {
    const [a] = newDevices(1, { password: 'wrong' });
    const error = await a!.sync().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RemoteError);
    expect((error as RemoteError).kind).toBe('auth');
    expect(dav.proxy.log.filter((entry) => entry.upstreamStatus === 401).length).toBeGreaterThan(0);
  });

  it('a corrupt or truncated peer file is skipped until it reads whole', async () => {
    const [a, b] = newDevices(2);
    await a!.repos.notes.saveText('s1', 'start', 'intact');
    await a!.sync();
    const aLogs = `${await a!.replica.deviceId()}/log/`;
    dav.proxy.addRule({ method: 'GET', pathIncludes: aLogs, fault: 'corrupt' });
    await b!.sync();
    expect(await b!.db.notes.get('s1/start')).toBeUndefined();
    expect(dav.proxy.log.some((entry) => entry.fault === 'corrupt')).toBe(true);
    dav.proxy.addRule({ method: 'GET', pathIncludes: aLogs, fault: 'truncate' });
    await expect(b!.sync()).rejects.toThrow(RemoteError);
    await converge([a!, b!]);
    expect((await b!.db.notes.get('s1/start'))?.text).toBe('intact');
  });

  it('clocks off by ±2 h still converge, later edits winning; a device living in 2099 is refused, and nothing of it applied', async () => {
    const [a, b, c] = newDevices(3);
    a!.skewMs = 2 * hour;
    b!.skewMs = -2 * hour;
    await a!.repos.notes.saveText('s1', 'start', 'from A, 2 h ahead');
    await converge([a!, b!]);
    // B's edit comes after it saw A's: causality wins over B's slow wall clock.
    await b!.repos.notes.saveText('s1', 'start', 'B, after reading A');
    await converge([a!, b!]);
    for (const d of [a!, b!]) expect((await d.db.notes.get('s1/start'))?.text).toBe('B, after reading A');

    c!.skewMs = Date.UTC(2099, 0, 1) - Date.now();
    await c!.repos.notes.saveText('s2', 'start', 'from 2099');
    await c!.sync();
    const report = await a!.sync();
    expect(report.clockAhead.map((refused) => refused.deviceId)).toEqual([await c!.replica.deviceId()]);
    expect(await a!.db.notes.get('s2/start')).toBeUndefined();
    expect((await a!.db.notes.get('s1/start'))?.text).toBe('B, after reading A');
  });

  it('a peer on a newer format is not applied, and the others go on', async () => {
    const [a, b, c] = newDevices(3);
    Object.defineProperty(a!.replica, 'schemaVersion', { value: 99 });
    await a!.repos.notes.saveText('s1', 'start', 'newer build');
    await c!.repos.notes.saveText('s2', 'start', 'same build');
    await a!.sync();
    await c!.sync();
    const report = await b!.sync();
    expect(report.updateNeeded).toEqual([await a!.replica.deviceId()]);
    expect(await b!.db.notes.get('s1/start')).toBeUndefined();
    expect((await b!.db.notes.get('s2/start'))?.text).toBe('same build');
  });

  it('encrypted: the server holds only ciphertext under names that reveal nothing', async () => {
    folder += 1;
    const url = new URL(`vault-${folder}/`, dav.proxy.url).href;
    const make = (label: string) => new SyncDevice(`${kind}-${folder}-${label}`, new WebDavStore({ url, user: dav.server.user, password: dav.server.password }), { passphrase: 'a long passphrase' });
    const [a, b] = [make('a'), make('b')];
    devices.push(a, b);
    await a.repos.people.save('p1', {}, () => ({ name: 'Grace Hopper', role: 'Admiral', notes: '', meetingKeys: [] }));
    await a.sync();
    await b.sync();
    expect((await b.repos.people.get('p1'))?.name).toBe('Grace Hopper');
    const id = await a.replica.deviceId();
    for (const path of [headPath(id), logPath(id, 1)]) {
      const response = await fetch(new URL(path, new URL(`vault-${folder}/`, dav.server.url)), { headers: { Authorization: `Basic ${btoa(`${dav.server.user}:${dav.server.password}`)}` } });
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.subarray(0, 4).toString()).toBe('CBX2');
      expect(body.toString('latin1')).not.toMatch(/Grace|Hopper|people/);
    }
  });

  it('a listing built to be slow to parse is read; a listing or a peer’s file that never ends is refused with a status, not waited for', async () => {
    const [a, b] = newDevices(2);
    await a!.repos.notes.saveText('s1', 'start', 'from A');
    dav.proxy.addRule({ method: 'PROPFIND', pathIncludes: 'devices', fault: 'hostile-listing' });
    expect((await a!.sync()).pushed).toBeGreaterThan(0);
    expect(dav.proxy.log.some((entry) => entry.fault === 'hostile-listing')).toBe(true);

    const aLog = logPath(await a!.replica.deviceId(), 1);
    dav.proxy.addRule({ method: 'GET', pathIncludes: aLog, fault: 'endless' });
    const refused = await b!.sync();
    expect(refused.oversized).toEqual([aLog]);
    expect(statusAfterRun(offStatus, refused, 0).phase).toBe('limitExceeded');
    expect(await b!.db.notes.get('s1/start')).toBeUndefined();

    dav.proxy.addRule({ method: 'PROPFIND', pathIncludes: 'devices', fault: 'oversize' });
    const error = await b!.sync().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'oversized' });
    expect(statusAfterError(offStatus, error, 0, 0.5).phase).toBe('limitExceeded');

    await converge([a!, b!]);
    expect((await b!.db.notes.get('s1/start'))?.text).toBe('from A');
  });

  it('an old head served again is noticed, and nothing of it applied', async () => {
    const [a, b] = newDevices(2);
    const id = await a!.replica.deviceId();
    await a!.repos.notes.saveText('s1', 'start', 'first');
    await a!.sync();
    await a!.repos.notes.saveText('s1', 'start', 'second');
    await a!.sync();
    await b!.sync();
    dav.proxy.addRule({ method: 'GET', pathIncludes: headPath(id), fault: 'replay' });
    const report = await b!.sync();
    expect(report.rolledBack).toEqual([{ deviceId: id, seen: 2, found: 1 }]);
    expect(statusAfterRun(offStatus, report, 0).phase).toBe('rolledBack');
    expect((await b!.db.notes.get('s1/start'))?.text).toBe('second');
    expect((await b!.sync()).rolledBack).toEqual([]);
  });
});
