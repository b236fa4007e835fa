// What a broken or hostile sync server can do to a device, and what the device does about it:
// nothing of a file out of place is applied, nothing too large is read, and the user is told.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRemote, SyncDevice } from '../../support/sync-devices';
import { deriveKey, fromBase64, seal, toBase64 } from '@/utils/sync/crypto';
import { maxPeersPerRun, type SyncReport } from '@/utils/sync/engine';
import { decodeVault, encodeVault, headPath, LimitError, logPath, maxFileBytes, vaultPath, type Vault } from '@/utils/sync/files';
import { offStatus, statusAfterError, statusAfterRun } from '@/utils/sync/status';

const devices: SyncDevice[] = [];
function device(label: string, remote: MemoryRemote, passphrase: string | null = null): SyncDevice {
  const created = new SyncDevice(label, remote, { passphrase });
  devices.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(devices.splice(0).map((d) => d.close()));
});

const phaseAfter = (report: SyncReport) => statusAfterRun(offStatus, report, 0).phase;
const noteText = async (d: SyncDevice, id = 's1/start') => (await d.db.notes.get(id))?.text;
const copy = (remote: MemoryRemote, from: string, to: string) => remote.write(to, remote.files.get(from)!.body.slice());
const copyBetween = (from: MemoryRemote, to: MemoryRemote, path: string) => to.write(path, from.files.get(path)!.body.slice());

describe('files written before format 2', () => {
  /** A vault written by the build before format 2 (CBX1 files, no binding, no padding), as it sits on a server. */
  const fixture = JSON.parse(readFileSync(new URL('fixtures/encrypted-format-1.json', import.meta.url), 'utf8')) as { passphrase: string; deviceId: string; files: Record<string, string> };

  function serverWithFixture(): MemoryRemote {
    const remote = new MemoryRemote();
    for (const [path, base64] of Object.entries(fixture.files)) void remote.write(path, new Uint8Array(Buffer.from(base64, 'base64')));
    return remote;
  }

  it('still read, and the vault is marked format 2 before this build writes its bound files', async () => {
    const remote = serverWithFixture();
    const before = decodeVault(remote.files.get(vaultPath)!.body);
    expect(before.formatVersion).toBe(1);
    expect(remote.text(headPath(fixture.deviceId)).startsWith('CBX1')).toBe(true);
    const b = device('b', remote, fixture.passphrase);
    // Its clock stamps are those of the day it was written: this device lives at least that late.
    b.skewMs = Math.max(0, before.createdAt + 3_600_000 - Date.now());
    await b.repos.notes.saveText('s2', 'start', 'Written by format 2');
    const report = await b.sync();
    expect(report.unreadablePeers).toEqual([]);
    expect(await noteText(b)).toBe('Written by format 1');
    const after = decodeVault(remote.files.get(vaultPath)!.body);
    expect(after).toEqual({ ...before, formatVersion: 2 });
    const own = await b.replica.deviceId();
    for (const path of [headPath(own), logPath(own, 1)]) expect(remote.text(path).startsWith('CBX2')).toBe(true);

    const c = device('c', remote, fixture.passphrase);
    c.skewMs = b.skewMs;
    await c.sync();
    expect(await noteText(c, 's2/start')).toBe('Written by format 2');
  }, 30_000);
});

describe('a key derivation the folder asks for', () => {
  it('is refused above the limit before any of it is done, with a status that says so', async () => {
    const remote = new MemoryRemote();
    const a = device('a', remote, 'a passphrase');
    await a.sync();
    const vault = decodeVault(remote.files.get(vaultPath)!.body);
    await remote.write(vaultPath, encodeVault({ ...vault, encryption: { ...vault.encryption!, iterations: 10_000_000 } } satisfies Vault));
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    const b = device('b', remote, 'a passphrase');
    const error = await b.sync().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LimitError);
    expect(derive).not.toHaveBeenCalled();
    const status = statusAfterError(offStatus, error, 1_000, 0.5);
    expect(status).toMatchObject({ phase: 'limitExceeded', detail: expect.stringContaining('10000000') as string });
    expect(status.nextAttemptAt).toBeGreaterThan(1_000);
  }, 30_000);
});

describe('files larger than this build reads', () => {
  it('a peer’s batch: that peer is skipped and named, the others sync', async () => {
    const remote = new MemoryRemote();
    const [a, b, c] = [device('a', remote), device('b', remote), device('c', remote)];
    await a.repos.notes.saveText('s1', 'start', 'from A');
    await c.repos.notes.saveText('s3', 'start', 'from C');
    await a.sync();
    await c.sync();
    const huge = logPath(await a.replica.deviceId(), 1);
    await remote.write(huge, new Uint8Array(maxFileBytes.log + 1));
    const report = await b.sync();
    expect(report.oversized).toEqual([huge]);
    expect(phaseAfter(report)).toBe('limitExceeded');
    expect(await noteText(b)).toBeUndefined();
    expect(await noteText(b, 's3/start')).toBe('from C');
  });

  it('our own head: counted as garbled, so everything is pushed again above it', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    await a.repos.notes.saveText('s1', 'start', 'from A');
    await a.sync();
    const own = headPath(await a.replica.deviceId());
    await remote.write(own, new Uint8Array(maxFileBytes.head + 1));
    const report = await a.sync();
    expect(report.oversized).toEqual([own]);
    expect(report.pushed).toBeGreaterThan(0);
    await b.sync();
    expect(await noteText(b)).toBe('from A');
  });
});

describe('many device folders', () => {
  it('reads at most the limit per run, devices it knows first, and says how many it left', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    await a.sync();
    await b.sync();
    const junk = 2 * maxPeersPerRun;
    // Named to sort before the real devices, so a plain listing order would crowd them out.
    for (let i = 0; i < junk; i += 1) await remote.write(`devices/0000-${String(i).padStart(4, '0')}/head.json`, new TextEncoder().encode('{}'));
    await a.repos.notes.saveText('s1', 'start', 'still arrives');
    await a.sync();
    const report = await b.sync();
    expect(await noteText(b)).toBe('still arrives');
    expect(report.peersNotRead).toBe(junk + 1 - maxPeersPerRun);
    expect(phaseAfter(report)).toBe('limitExceeded');
    expect(statusAfterRun(offStatus, report, 0).detail).toContain(`${junk + 1 - maxPeersPerRun} device folders not read`);
  });
});

describe('old files served again', () => {
  it('a peer’s head behind what was read of it: nothing applied, the status says so, and it clears once the peer writes past it', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    const id = await a.replica.deviceId();
    await a.repos.notes.saveText('s1', 'start', 'first');
    await a.sync();
    const oldHead = remote.files.get(headPath(id))!.body.slice();
    await a.repos.notes.saveText('s1', 'start', 'second');
    await a.sync();
    await b.sync();
    expect(await noteText(b)).toBe('second');

    await remote.write(headPath(id), oldHead);
    const report = await b.sync();
    expect(report.rolledBack).toEqual([{ deviceId: id, seen: 2, found: 1 }]);
    expect(phaseAfter(report)).toBe('rolledBack');
    expect(await noteText(b)).toBe('second');
    expect((await b.replica.loadState())?.peers[id]?.lastSeen).toBe(2);

    // The peer finds its own head rolled back too, says so, and pushes everything above it.
    const own = await a.sync();
    expect(own.rolledBack).toEqual([{ deviceId: id, seen: 2, found: 1 }]);
    await a.repos.notes.saveText('s1', 'start', 'third');
    await a.sync();
    const healed = await b.sync();
    expect(healed.rolledBack).toEqual([]);
    expect(await noteText(b)).toBe('third');
  });

  it('a peer’s batch moved to another number: named, and nothing of it applied', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    const id = await a.replica.deviceId();
    await a.repos.notes.saveText('s1', 'start', 'first');
    await a.sync();
    await b.sync();
    await a.repos.notes.saveText('s1', 'start', 'second');
    await a.sync();
    await copy(remote, logPath(id, 1), logPath(id, 2));
    const report = await b.sync();
    expect(report.misplaced).toEqual([logPath(id, 2)]);
    expect(phaseAfter(report)).toBe('rolledBack');
    expect(await noteText(b)).toBe('first');
  });

  it('encrypted: a batch or head moved to another place does not open', async () => {
    const remote = new MemoryRemote();
    const [a, b, c] = [device('a', remote, 'pass phrase'), device('b', remote, 'pass phrase'), device('c', remote, 'pass phrase')];
    const [idA, idC] = [await a.replica.deviceId(), await c.replica.deviceId()];
    await a.repos.notes.saveText('s1', 'start', 'first');
    await a.sync();
    await c.sync();
    await b.sync();
    await a.repos.notes.saveText('s1', 'start', 'second');
    await a.sync();
    await copy(remote, logPath(idA, 1), logPath(idA, 2));
    await copy(remote, headPath(idA), headPath(idC));
    for (let run = 0; run < 3; run += 1) await b.sync();
    const report = await b.sync();
    expect(report.unreadablePeers.sort()).toEqual([idA, idC].sort());
    expect(await noteText(b)).toBe('first');
  }, 30_000);

  it('encrypted: files of another vault sealed with the same key do not open in this one', async () => {
    const old = new MemoryRemote();
    const a = device('a', old, 'pass phrase');
    const id = await a.replica.deviceId();
    await a.repos.notes.saveText('s1', 'start', 'from the old vault');
    await a.sync();
    // The folder made again under a new vault id with the same salt, as a key kept from the old one
    // makes it; the old vault's files then put back in, as a server restored from a backup would.
    const vault = decodeVault(old.files.get(vaultPath)!.body);
    const encryption = vault.encryption!;
    const key = await deriveKey('pass phrase', fromBase64(encryption.salt), encryption.iterations);
    const vaultId = 'remade-vault';
    const check = toBase64(await seal(key, new TextEncoder().encode(`coachbar-vault:${vaultId}`), { vaultId, path: vaultPath }));
    const remade = new MemoryRemote();
    await remade.write(vaultPath, encodeVault({ ...vault, vaultId, encryption: { ...encryption, check } }));
    for (const path of [headPath(id), logPath(id, 1)]) await copyBetween(old, remade, path);
    const b = device('b', remade, 'pass phrase');
    for (let run = 0; run < 3; run += 1) await b.sync();
    expect((await b.sync()).unreadablePeers).toEqual([id]);
    expect(await noteText(b)).toBeUndefined();
  }, 30_000);

  it('our own head naming another device: not taken for a cloned profile, pushed again above it', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    const [idA, idB] = [await a.replica.deviceId(), await b.replica.deviceId()];
    await a.sync();
    for (let i = 0; i < 3; i += 1) {
      await b.repos.notes.saveText(`s${i}`, 'start', `from B ${i}`);
      await b.sync();
    }
    await copy(remote, headPath(idB), headPath(idA));
    await a.repos.notes.saveText('s1', 'start', 'from A');
    const report = await a.sync();
    expect(report.misplaced).toEqual([headPath(idA)]);
    expect(await a.replica.deviceId()).toBe(idA);
    await b.sync();
    expect(await noteText(b)).toBe('from A');
  });
});
