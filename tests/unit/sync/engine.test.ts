import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRemote, SyncDevice } from '../../support/sync-devices';
import { BackupRepository } from '@/utils/db/backup';
import { splitBatches, seenClock, UpdateNeededError, type SyncState } from '@/utils/sync/engine';
import { headPath, logPath, PassphraseError, syncFormatVersion } from '@/utils/sync/files';

const devices: SyncDevice[] = [];
function device(label: string, remote: MemoryRemote, passphrase: string | null = null): SyncDevice {
  const created = new SyncDevice(label, remote, { passphrase });
  devices.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(devices.splice(0).map((d) => d.close()));
});

async function syncAll(...all: SyncDevice[]): Promise<void> {
  // Twice round: the second pass carries what the first pass's later devices pushed.
  for (let round = 0; round < 2; round += 1) for (const d of all) await d.sync();
}

async function noteText(d: SyncDevice, id = 's1/start'): Promise<string | undefined> {
  const note = await d.db.notes.get(id);
  return note?.deletedAt === null ? note.text : undefined;
}

describe('SyncEngine with two devices', () => {
  it('carries a note to the other device, with its search words rebuilt there', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    await a.repos.notes.saveText('s1', 'start', 'Wants more ownership');
    await syncAll(a, b);
    expect(await noteText(b)).toBe('Wants more ownership');
    expect((await b.repos.notes.search('owner')).map((n) => n.id)).toEqual(['s1/start']);
    expect(remote.text(logPath(await a.replica.deviceId(), 1))).not.toContain('"words"');
  });

  it('merges different fields edited on two devices and leaves both outboxes empty', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    await a.repos.notes.saveText('s1', 'start', 'base');
    await syncAll(a, b);
    await a.repos.notes.saveText('s1', 'start', 'edited on A');
    await b.repos.notes.setPrivate('s1', 'start', true);
    await syncAll(a, b);
    for (const d of [a, b]) expect(await d.db.notes.get('s1/start')).toMatchObject({ text: 'edited on A', private: true });
    expect(await a.db.outbox.toArray()).toEqual([]);
    expect(await b.db.outbox.count()).toBe(0);
    expect(await a.visibleState()).toEqual(await b.visibleState());
  });

  it('keeps exactly one conflict copy, with the same id on both, for the same note edited on both', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    await a.repos.notes.saveText('s1', 'start', 'base');
    await syncAll(a, b);
    await a.repos.notes.saveText('s1', 'start', 'A says this');
    await b.repos.notes.saveText('s1', 'start', 'B says that');
    // Both push before either pulls: the batches still tell that neither had seen the other's edit.
    await a.sync();
    await b.sync();
    await syncAll(a, b);
    const [onA, onB] = [await a.db.conflicts.toArray(), await b.db.conflicts.toArray()];
    expect(onA).toHaveLength(1);
    expect(onB.map((c) => c.id)).toEqual(onA.map((c) => c.id));
    const texts = [await noteText(a), onA[0]!.text].sort();
    expect(texts).toEqual(['A says this', 'B says that']);
    expect(await noteText(a)).toBe(await noteText(b));
  });

  it('makes no conflict copy when the second edit was made after seeing the first', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    await a.repos.notes.saveText('s1', 'start', 'first');
    await syncAll(a, b);
    await b.repos.notes.saveText('s1', 'start', 'first, then more');
    await syncAll(a, b);
    expect(await a.db.conflicts.count()).toBe(0);
    expect(await noteText(a)).toBe('first, then more');
  });

  it('edit against delete: the delete wins and the unseen edit survives as a conflict copy', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    const person = await a.repos.people.save('p1', {}, () => ({ name: 'Ada', role: '', notes: 'likes mornings', meetingKeys: [] }));
    await syncAll(a, b);
    await a.repos.people.remove(person.id);
    await b.repos.people.save(person.id, { notes: 'likes mornings and tea' });
    await syncAll(a, b);
    for (const d of [a, b]) {
      expect(await d.repos.people.get('p1')).toBeUndefined();
      expect((await d.repos.conflicts.all()).map((c) => c.text)).toEqual(['likes mornings and tea']);
    }
  });

  it('brings a rating cleared and given again back on the other device', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    const init = () => ({ sessionId: 's1', personId: null, value: 5, comment: '', scale: 'agreement-7' as const, statementId: 'st1', objectiveId: null });
    await a.repos.ratings.save('s1/s:st1', {}, init);
    await syncAll(a, b);
    await a.repos.ratings.remove('s1/s:st1');
    await syncAll(a, b);
    expect(await b.repos.ratings.get('s1/s:st1')).toBeUndefined();
    await a.repos.ratings.save('s1/s:st1', { value: 6 }, init);
    await syncAll(a, b);
    expect((await b.repos.ratings.get('s1/s:st1'))?.value).toBe(6);
  });

  it('writes a peer\'s ratings in one write per batch, and reads its own changes in one go', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    const sessions = Array.from({ length: 20 }, (_, index) => `s${String(index).padStart(2, '0')}`);
    for (const sessionId of sessions) {
      for (const statementId of ['st1', 'st2', 'st3']) {
        await a.repos.ratings.save(`${sessionId}/s:${statementId}`, {}, () => ({ sessionId, personId: 'p1', value: 4, comment: '', scale: 'agreement-7' as const, statementId, objectiveId: null }));
      }
    }
    await a.sync();
    const rowWrites = vi.spyOn(b.db.ratings, 'bulkPut');
    await b.sync();
    expect(rowWrites).toHaveBeenCalledTimes(1);
    for (const sessionId of sessions) await a.repos.ratings.save(`${sessionId}/s:st2`, { value: 6 });
    const rowReads = vi.spyOn(a.db.ratings, 'bulkGet');
    await a.sync();
    // The 20 changed ratings in the outbox are looked up together, not one by one.
    expect(rowReads).toHaveBeenCalledTimes(1);
    await b.sync();
    expect(rowWrites).toHaveBeenCalledTimes(2);
    expect(await b.visibleState()).toEqual(await a.visibleState());
    expect((await b.repos.ratings.all()).filter((rating) => rating.value === 6)).toHaveLength(20);
    expect(await b.db.ratings.count()).toBe(60);
  });

  it('keeps a peer’s tombstone for a rating it never saw, which carries no session, until the rating is given again', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    const init = () => ({ sessionId: 's1', personId: null, value: 5, comment: '', scale: 'agreement-7' as const, statementId: 'st1', objectiveId: null });
    await a.repos.ratings.save('s1/s:st1', {}, init);
    await a.repos.ratings.remove('s1/s:st1');
    await syncAll(a, b);
    expect(await b.repos.ratings.get('s1/s:st1')).toBeUndefined();
    const tombstone = await b.db.ratings.get('s1/s:st1');
    expect(tombstone?.deletedAt).not.toBeNull();
    expect(tombstone).not.toHaveProperty('sessionId');
    await a.repos.ratings.save('s1/s:st1', { value: 6 }, init);
    await syncAll(a, b);
    expect(await b.repos.ratings.get('s1/s:st1')).toMatchObject({ value: 6, sessionId: 's1' });
    expect(await b.db.ratings.where('sessionId').equals('s1').primaryKeys()).toEqual(['s1/s:st1']);
    expect(await a.visibleState()).toEqual(await b.visibleState());
  });

  it('writes the tombstones it learned by sync, which carry no fields, into a backup that restores', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    await a.repos.notes.saveText('s1', 'start', 'gone soon');
    await a.repos.ratings.save('s1/s:st1', {}, () => ({ sessionId: 's1', personId: null, value: 5, comment: '', scale: 'agreement-7' as const, statementId: 'st1', objectiveId: null }));
    await a.repos.writer.remove('notes', 's1/start');
    await a.repos.ratings.remove('s1/s:st1');
    await syncAll(a, b);
    expect(await b.db.notes.get('s1/start')).not.toHaveProperty('text');

    const file = await new BackupRepository(b.db, b.writer).export();
    const other = device('c', new MemoryRemote());
    const elsewhere = new BackupRepository(other.db, other.writer);
    expect(await elsewhere.apply(file)).toMatchObject({ ok: true, totals: { new: 0, updated: 0, deleted: 0 } });
    const records = (text: string) => (JSON.parse(text) as { records: Record<string, object[]> }).records;
    const restored = records(await elsewhere.export());
    expect(restored.ratings).toEqual(records(file).ratings);
    expect(restored.notes).toEqual(records(file).notes);
    expect(restored.notes).toHaveLength(1);
    // Restored tombstones get no search words.
    expect(await other.db.noteWords.count()).toBe(0);
  });
});

describe('SyncEngine recovering from failures', () => {
  it('adopts its own commit when the answer to the head write was lost', async () => {
    const remote = new MemoryRemote();
    const a = device('a', remote);
    await a.repos.notes.saveText('s1', 'start', 'hello');
    await a.sync();
    await a.repos.notes.saveText('s1', 'start', 'hello again');
    const write = remote.write.bind(remote);
    remote.write = async (path, body) => {
      await write(path, body);
      if (path.endsWith('head.json')) throw new Error('connection reset after the server stored the head');
    };
    await expect(a.sync()).rejects.toThrow('connection reset');
    remote.write = write;
    const report = await a.sync();
    expect(report.pushed).toBe(0);
    expect(await a.db.outbox.count()).toBe(0);
    expect((await a.replica.loadState())?.seq).toBe(2);
  });

  it('becomes a new device when a cloned profile already wrote under its id', async () => {
    const remote = new MemoryRemote();
    const [a, clone] = [device('a', remote), device('clone', remote)];
    await a.repos.notes.saveText('s1', 'start', 'original');
    await a.sync();
    // The clone has the same device id and sync state as the original at the time of copying.
    const id = await a.replica.deviceId();
    await clone.db.meta.put({ key: 'deviceId', value: id });
    await clone.replica.saveState((await a.replica.loadState())!);
    await a.repos.notes.saveText('s1', 'start', 'original, later');
    await a.sync();
    await clone.repos.notes.saveText('s2', 'start', 'written in the clone');
    await clone.sync();
    expect(await clone.replica.deviceId()).not.toBe(id);
    await a.sync();
    expect(await noteText(a, 's2/start')).toBe('written in the clone');
  });

  it('skips a peer whose log is corrupt without losing its place, and says so after three runs', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    await a.repos.notes.saveText('s1', 'start', 'one');
    await a.sync();
    await remote.write(logPath(await a.replica.deviceId(), 1), new TextEncoder().encode('{"formatVersion":1,"deviceId":'));
    const reports = [await b.sync(), await b.sync(), await b.sync(), await b.sync()];
    expect(reports.map((r) => r.unreadablePeers.length)).toEqual([0, 0, 1, 1]);
    expect(await noteText(b)).toBeUndefined();
    // The peer writes the file again (as its own next push would after a cut-off upload).
    await remote.remove(logPath(await a.replica.deviceId(), 1));
    await a.replica.saveState({ ...(await a.replica.loadState())!, seq: 0 });
    await a.sync();
    await b.sync();
    expect(await noteText(b)).toBe('one');
  });

  it('stops applying a peer on a newer schema and says an update is needed', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    Object.defineProperty(a.replica, 'schemaVersion', { value: 99 });
    await a.repos.notes.saveText('s1', 'start', 'from the future');
    await a.sync();
    const report = await b.sync();
    expect(report.updateNeeded).toEqual([await a.replica.deviceId()]);
    expect(await noteText(b)).toBeUndefined();
  });

  it('refuses a vault written in a newer format, touching nothing', async () => {
    const remote = new MemoryRemote();
    await remote.write('sync.json', new TextEncoder().encode(JSON.stringify({ format: 'coachbar-sync', formatVersion: syncFormatVersion + 1, vaultId: 'v', createdAt: 1, encryption: null })));
    const a = device('a', remote);
    await a.repos.notes.saveText('s1', 'start', 'stays local');
    await expect(a.sync()).rejects.toThrow(UpdateNeededError);
    expect([...remote.files.keys()]).toEqual(['sync.json']);
    expect(await a.db.outbox.count()).toBe(1);
  });

  it('holds a batch that would delete many records until the user says yes', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    for (let i = 0; i < 30; i += 1) await a.repos.notes.saveText(`s${i}`, 'start', `note ${i}`);
    await syncAll(a, b);
    for (let i = 0; i < 25; i += 1) await a.db.notes.update(`s${i}/start`, {}).then(() => a.repos.writer.remove('notes', `s${i}/start`));
    await a.sync();
    const held = await b.sync();
    expect(held.heldDeletes).toEqual([{ deviceId: await a.replica.deviceId(), seq: 2, count: 25, byTable: { notes: 25 } }]);
    expect(await b.db.notes.filter((n) => n.deletedAt === null).count()).toBe(30);
    const state = (await b.replica.loadState())!;
    const peer = await a.replica.deviceId();
    await b.replica.saveState({ ...state, peers: { ...state.peers, [peer]: { ...state.peers[peer]!, allowDeletesThrough: 2 } } });
    await b.sync();
    expect(await b.db.notes.filter((n) => n.deletedAt === null).count()).toBe(5);
  });
});

describe('SyncEngine holding deletes of one kind', () => {
  it('holds a batch that deletes every person, however many other records there are', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    for (let i = 0; i < 12; i += 1) await a.repos.people.save(`p${i}`, {}, () => ({ name: `Person ${i}`, role: '', notes: '', meetingKeys: [] }));
    for (let i = 0; i < 300; i += 1) await a.repos.ratings.save(`s${i}/s:st1`, {}, () => ({ sessionId: `s${i}`, personId: 'p0', value: 4, comment: '', scale: 'agreement-7' as const, statementId: 'st1', objectiveId: null }));
    await syncAll(a, b);
    for (let i = 0; i < 12; i += 1) await a.repos.people.remove(`p${i}`);
    await a.sync();
    const held = await b.sync();
    expect(held.heldDeletes).toEqual([{ deviceId: await a.replica.deviceId(), seq: 2, count: 12, byTable: { people: 12 } }]);
    expect(await b.repos.people.all()).toHaveLength(12);
  });
});

describe('SyncEngine with a passphrase', () => {
  it('writes only ciphertext, and a device with the wrong passphrase is refused', async () => {
    const remote = new MemoryRemote();
    const a = device('a', remote, 'correct horse battery staple');
    await a.repos.notes.saveText('s1', 'start', 'Confidential: wants a raise');
    await a.sync();
    const id = await a.replica.deviceId();
    for (const path of [headPath(id), logPath(id, 1)]) expect(remote.text(path)).not.toMatch(/Confidential|notes|s1\/start/);
    await expect(device('wrong', remote, 'wrong passphrase').sync()).rejects.toThrow(PassphraseError);
    await expect(device('none', remote).sync()).rejects.toThrow(PassphraseError);
    const b = device('b', remote, 'correct horse battery staple');
    await b.sync();
    expect(await noteText(b)).toBe('Confidential: wants a raise');
  }, 30_000);
});

describe('engine helpers', () => {
  it('splits batches by size, a large record alone', () => {
    const envelope = (text: string) => ({ id: text.slice(0, 5), type: 'notes' as const, fh: {}, data: { text }, del: null });
    const batches = splitBatches([envelope('a'.repeat(50)), envelope('b'.repeat(50)), envelope('c'.repeat(500)), envelope('d')], 300);
    expect(batches.map((batch) => batch.map((e) => e.id))).toEqual([['aaaaa', 'bbbbb'], ['ccccc'], ['d']]);
  });

  it('knows which of our edits a peer had seen', () => {
    const state: SyncState = { vaultId: 'v', seq: 3, fullFrom: 1, pending: null, peers: {}, pushedClocks: [[2, 'c2'], [3, 'c3']] };
    expect(seenClock(state, 3)).toBe('c3');
    expect(seenClock(state, 2)).toBe('c2');
    expect(seenClock(state, 1)).toBe('');
    expect(seenClock(state, 0)).toBe('');
  });
});
