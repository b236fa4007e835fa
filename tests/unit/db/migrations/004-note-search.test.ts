import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '@/utils/db/database';
import { NoteRepository } from '@/utils/db/notes';
import { RecordWriter } from '@/utils/db/writer';
import { stores as v3Stores } from '@/utils/db/migrations/003-people-okrs';

const name = `migration-004-${crypto.randomUUID()}`;

afterEach(async () => {
  await Dexie.delete(name);
});

// Opened at today's version, which keeps the words apart (migration 10, derived again from the
// text): this checks that v3 notes end up searchable, not migration 4's own rows.
it('indexes the words of v3 notes, so old notes are found by search', async () => {
  const v3 = new Dexie(name);
  v3.version(3).stores(v3Stores);
  await v3.table('notes').bulkPut([
    { id: 's1/start', sessionId: 's1', sectionId: 'start', text: 'Onboarding went well, Größe matters', private: false, questionIds: [], deletedAt: null },
    { id: 's2/start', sessionId: 's2', sectionId: 'start', text: 'Budget talk', private: false, questionIds: [], deletedAt: null },
  ]);
  v3.close();

  const db = openDatabase({}, name);
  expect((await db.noteWords.get('s1/start'))?.words).toEqual(['onboarding', 'went', 'well', 'größe', 'matters']);
  const notes = new NoteRepository(db, new RecordWriter(db));
  expect((await notes.search('onboard')).map((note) => note.id)).toEqual(['s1/start']);
  expect((await notes.search('GRÖSSE')).map((note) => note.id)).toEqual([]);
  expect((await notes.search('größe went')).map((note) => note.id)).toEqual(['s1/start']);
  expect(db.verno).toBeGreaterThanOrEqual(4);
  db.close();
});
