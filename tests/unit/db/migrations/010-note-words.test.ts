import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { stores as v9Stores } from '@/utils/db/migrations/009-rating-text';
import { keysSorted, openAt } from './open-at';

const name = `migration-010-${crypto.randomUUID()}`;
const written = '1700000000000:00000:old-device';

afterEach(async () => {
  await Dexie.delete(name);
});

it('moves the search words of v9 notes into noteWords, derived again from their text', async () => {
  const v9 = new Dexie(name);
  v9.version(9).stores(v9Stores);
  // Rows as v9 stored every row: keys sorted.
  const note = (id: string, text: string, words: string[], deletedAt: string | null = null) => ({
    createdAt: 1,
    deletedAt,
    id,
    private: false,
    questionIds: [],
    sectionId: id.split('/')[1],
    sessionId: id.split('/')[0],
    text,
    updatedAt: written,
    words,
  });
  // Many notes: every one is upgraded, not a first batch.
  const many = Array.from({ length: 250 }, (_, index) => note(`t${String(index).padStart(3, '0')}/start`, `Retro ${index}`, []));
  await v9.table('notes').bulkPut([
    note('s1/start', 'Onboarding plan for Q3', ['onboarding', 'plan', 'for', 'q3']),
    // Words a bug once left stale: the text decides.
    note('s2/start', 'Budget talk', ['stale']),
    // Deleted, with its text still here, and a tombstone as sync leaves it, with no fields.
    note('s3/start', 'Gone quiet', ['gone', 'quiet'], written),
    { createdAt: 1, deletedAt: written, fieldClocks: {}, id: 's4/start', updatedAt: written },
    ...many,
  ]);
  v9.close();

  const db = await openAt(name, 10);
  const notes = await db.table('notes').toArray();
  expect(notes).toHaveLength(254);
  expect(notes.filter((row) => 'words' in row)).toEqual([]);
  expect(notes.every(keysSorted)).toBe(true);
  expect(notes.find((row) => row.id === 's1/start')).toEqual({ createdAt: 1, deletedAt: null, id: 's1/start', private: false, questionIds: [], sectionId: 'start', sessionId: 's1', text: 'Onboarding plan for Q3', updatedAt: written });
  const noteWords = db.table('noteWords');
  expect(await noteWords.count()).toBe(252);
  expect(await noteWords.bulkGet(['s1/start', 's2/start', 's3/start', 's4/start', 't249/start'])).toEqual([
    { id: 's1/start', words: ['onboarding', 'plan', 'for', 'q3'] },
    { id: 's2/start', words: ['budget', 'talk'] },
    undefined,
    undefined,
    { id: 't249/start', words: ['retro', '249'] },
  ]);
  expect(await noteWords.where('words').startsWith('onboard').primaryKeys()).toEqual(['s1/start']);
  expect(await noteWords.where('words').equals('stale').primaryKeys()).toEqual([]);
  expect(await noteWords.where('words').equals('quiet').primaryKeys()).toEqual([]);
  db.close();
});
