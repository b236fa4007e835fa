import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '@/utils/db/database';
import { stores as v3Stores } from '@/utils/db/migrations/003-people-okrs';
import { openAt } from './open-at';

const name = `migration-004-${crypto.randomUUID()}`;

afterEach(async () => {
  await Dexie.delete(name);
});

it('indexes the words of v3 notes, so old notes are found by search', async () => {
  const v3 = new Dexie(name);
  v3.version(3).stores(v3Stores);
  await v3.table('notes').bulkPut([
    { id: 's1/start', sessionId: 's1', sectionId: 'start', text: 'Onboarding went well, Größe matters', private: false, questionIds: [], deletedAt: null },
    { id: 's2/start', sessionId: 's2', sectionId: 'start', text: 'Budget talk', private: false, questionIds: [], deletedAt: null },
  ]);
  v3.close();

  const v4 = await openAt(name, 4);
  const notes = v4.table('notes');
  expect((await notes.get('s1/start'))?.words).toEqual(['onboarding', 'went', 'well', 'größe', 'matters']);
  expect(await notes.where('words').startsWith('onboard').primaryKeys()).toEqual(['s1/start']);
  expect(await notes.where('words').startsWith('grösse').primaryKeys()).toEqual([]);
  expect(await notes.where('words').equals('talk').primaryKeys()).toEqual(['s2/start']);
  v4.close();

  // Today the words live apart (migration 10), derived again from the text: old notes stay searchable.
  const db = openDatabase({}, name);
  expect((await db.noteWords.get('s1/start'))?.words).toEqual(['onboarding', 'went', 'well', 'größe', 'matters']);
  db.close();
});
