import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRemote, SyncDevice } from '../../support/sync-devices';
import { BackupRepository } from '@/utils/db/backup';
import type { NoteRecord } from '@/utils/db/records';
import { RecordWriter, type WriteReport } from '@/utils/db/writer';

const devices: SyncDevice[] = [];
function device(label: string, remote = new MemoryRemote()): SyncDevice {
  const created = new SyncDevice(label, remote);
  devices.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(devices.splice(0).map((d) => d.close()));
});

const wordsOf = async (d: SyncDevice, id: string) => (await d.db.noteWords.get(id))?.words;
const noteInit = (sessionId: string) => (): Omit<NoteRecord, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> => ({ sessionId, sectionId: 'start', text: '', private: false, questionIds: [] });

describe('RecordWriter', () => {
  it("keeps a note's search words beside it through edits and deletes, and never in the note", async () => {
    const d = device('a');
    await d.repos.notes.saveText('s1', 'start', 'Wants to mentor');
    expect(await wordsOf(d, 's1/start')).toEqual(['wants', 'to', 'mentor']);
    expect(await d.db.notes.get('s1/start')).not.toHaveProperty('words');

    await d.repos.notes.saveText('s1', 'start', 'Wants a budget');
    expect(await wordsOf(d, 's1/start')).toEqual(['wants', 'budget']);
    expect((await d.repos.notes.search('mentor')).map((found) => found.id)).toEqual([]);
    expect((await d.repos.notes.search('budg')).map((found) => found.id)).toEqual(['s1/start']);

    // A delete leaves a tombstone, which search must not find.
    await d.writer.remove('notes', 's1/start');
    expect(await wordsOf(d, 's1/start')).toBeUndefined();
    expect(await d.repos.notes.search('budget')).toEqual([]);
  });

  it('stores a rating as one row in the record’s own shape', async () => {
    const d = device('a');
    await d.repos.ratings.save('s1/s:energy', {}, () => ({ sessionId: 's1', personId: 'p1', value: 5, comment: 'busy week', scale: 'agreement-7' as const, statementId: 'energy', objectiveId: null }));
    const row = await d.db.ratings.get('s1/s:energy');
    expect(row).toMatchObject({ id: 's1/s:energy', sessionId: 's1', personId: 'p1', value: 5, comment: 'busy week', statementId: 'energy', deletedAt: null });
    expect(await d.db.ratings.where('personId').equals('p1').primaryKeys()).toEqual(['s1/s:energy']);
  });

  it('tells who listens what each committed write touched, and whether sync has news', async () => {
    const reports: WriteReport[] = [];
    const d = device('a');
    const writer = new RecordWriter(d.db, Date.now, (report) => reports.push(report));
    const person = () => ({ name: 'Sam', role: '', notes: '', meetingKeys: [] });
    await writer.upsert('people', 'p1', {}, person);
    await writer.upsert('people', 'p1', { name: 'Sam' });
    await writer.remove('people', 'p1');
    await writer.remove('people', 'p1');
    await writer.putMerged({ notes: [] }, { seen: null, publish: true });
    expect(reports).toEqual([
      { tables: ['people'], published: true },
      // Nothing changed, so sync has no news.
      { tables: ['people'], published: false },
      { tables: ['people'], published: true },
    ]);
  });

  it('tells of a write inside a caller’s transaction only once that commits, and never when it aborts', async () => {
    const reports: WriteReport[] = [];
    const d = device('a');
    const writer = new RecordWriter(d.db, Date.now, (report) => reports.push(report));
    const person = () => ({ name: 'Sam', role: '', notes: '', meetingKeys: [] });
    const aborted = d.db.transaction('rw', writer.storesFor(['people']), async () => {
      await writer.upsert('people', 'p1', {}, person);
      throw new Error('the caller changed its mind');
    });
    await expect(aborted).rejects.toThrow('changed its mind');
    expect(await d.db.people.get('p1')).toBeUndefined();
    expect(reports).toEqual([]);

    await d.db.transaction('rw', writer.storesFor(['people']), async () => {
      await writer.upsert('people', 'p2', {}, person);
      expect(reports).toEqual([]);
    });
    expect(reports).toEqual([{ tables: ['people'], published: true }]);
  });

  it('keeps saving after a far-future stamp reached the device clock', async () => {
    const d = device('a');
    await d.db.meta.bulkPut([
      { key: 'deviceId', value: 'a' },
      { key: 'clock', value: '9999999999999:99990:x' },
    ]);
    // The clock saturates at the format's end instead of throwing (migration 14 repairs such a clock on upgrade).
    for (let edit = 0; edit < 15; edit += 1) await d.repos.notes.saveText('s1', 'start', `edit ${edit}`);
    expect((await d.db.notes.get('s1/start'))?.text).toBe('edit 14');
  });
});

describe('restore through the writer', () => {
  it('pushes restored records to sync peers: A restores, B syncs, B has them', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    await a.repos.notes.saveText('s0', 'start', 'before the restore');
    await a.sync();
    await b.sync();
    // A full push happens only on the first sync: from here on only the outbox travels.
    expect((await b.db.notes.get('s0/start'))?.text).toBe('before the restore');

    const elsewhere = device('c');
    await elsewhere.repos.notes.saveText('s1', 'start', 'from the backup');
    await elsewhere.repos.ratings.save('s1/s:energy', {}, () => ({ sessionId: 's1', personId: null, value: 6, comment: 'good', scale: 'agreement-7' as const, statementId: 'energy', objectiveId: null }));
    await elsewhere.writer.upsert('notes', 's2/start', { text: 'deleted in the backup' }, noteInit('s2'));
    await elsewhere.writer.remove('notes', 's2/start');
    const file = await new BackupRepository(elsewhere.db, elsewhere.writer).export();

    const restore = new BackupRepository(a.db, a.writer);
    const progress: number[] = [];
    expect(await restore.apply(file, { onProgress: (done) => progress.push(done) })).toMatchObject({ ok: true, totals: { new: 2 } });
    expect(progress.at(-1)).toBe(3);
    await a.sync();
    await b.sync();

    expect((await b.db.notes.get('s1/start'))?.text).toBe('from the backup');
    expect((await b.repos.ratings.get('s1/s:energy'))?.comment).toBe('good');
    // A tombstone of a note A never had changes nothing on A, so it deletes nothing elsewhere either.
    expect(await b.db.notes.get('s2/start')).toBeUndefined();
    expect((await a.db.notes.get('s2/start'))?.deletedAt).not.toBeNull();
    expect((await b.repos.notes.search('backup')).map((note) => note.id)).toEqual(['s1/start']);
    expect(await b.visibleState()).toEqual(await a.visibleState());
  });

  it('asks for one full push instead of an outbox entry per record when a restore is large, and peers still get all of it', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    await a.sync();
    await b.sync();
    const elsewhere = device('c');
    await elsewhere.writer.upsertMany(
      'notes',
      Array.from({ length: 1_200 }, (_, index) => ({ id: `s${index}/start`, patch: { text: `note ${index}` }, init: noteInit(`s${index}`) })),
    );
    const file = await new BackupRepository(elsewhere.db, elsewhere.writer).export();

    expect(await new BackupRepository(a.db, a.writer).apply(file)).toMatchObject({ ok: true, totals: { new: 1_200 } });
    expect(await a.db.outbox.count()).toBe(0);
    expect(await a.db.meta.get('pushAll')).toBeDefined();
    expect((await a.sync()).pushed).toBe(1_200);
    expect(await a.db.meta.get('pushAll')).toBeUndefined();
    await b.sync();
    expect(await b.db.notes.count()).toBe(1_200);
    expect((await b.repos.notes.search('note')).length).toBeGreaterThan(0);
  });

  it('does not put a peer’s records back into the outbox', async () => {
    const remote = new MemoryRemote();
    const [a, b] = [device('a', remote), device('b', remote)];
    await a.repos.notes.saveText('s1', 'start', 'from a');
    await a.sync();
    await b.sync();
    expect((await b.db.notes.get('s1/start'))?.text).toBe('from a');
    expect(await b.db.outbox.count()).toBe(0);
  });
});
