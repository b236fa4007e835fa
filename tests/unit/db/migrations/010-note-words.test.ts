import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { BackupRepository } from '@/utils/db/backup';
import { openDatabase } from '@/utils/db/database';
import { stores as v9Stores } from '@/utils/db/migrations/009-rating-text';
import { NoteRepository } from '@/utils/db/notes';
import { RecordWriter } from '@/utils/db/writer';
import { hasSortedKeys } from '@/utils/json/sorted-keys';

const name = `migration-010-${crypto.randomUUID()}`;
const written = '1700000000000:00000:old-device';

afterEach(async () => {
  await Dexie.delete(name);
});

it('moves the search words of v9 notes into noteWords, derived again from their text', async () => {
  const v9 = new Dexie(name);
  v9.version(9).stores(v9Stores);
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
  // More than Dexie's modify handles in one chunk (200), so the upgrade crosses chunks.
  const many = Array.from({ length: 250 }, (_, index) => note(`t${String(index).padStart(3, '0')}/start`, `Retro ${index}`, []));
  await v9.table('notes').bulkPut([
    note('s1/start', 'Onboarding plan for Q3', ['onboarding', 'plan', 'for', 'q3']),
    // Words a bug once left stale: the text decides.
    note('s2/start', 'Budget talk', ['stale']),
    // Deleted, with its text still here, and a tombstone as sync leaves it, with no fields.
    note('s3/start', 'Gone quiet', ['gone', 'quiet'], written),
    { id: 's4/start', createdAt: 1, updatedAt: written, deletedAt: written, fieldClocks: {} },
    ...many,
  ]);
  v9.close();

  const db = openDatabase({}, name);
  const notes = await db.notes.toArray();
  expect(notes).toHaveLength(254);
  expect(notes.filter((row) => 'words' in row)).toEqual([]);
  expect(notes.every((row) => hasSortedKeys(row))).toBe(true);
  expect(await db.noteWords.count()).toBe(252);
  expect(await db.noteWords.bulkGet(['s1/start', 's2/start', 's3/start', 's4/start', 't249/start'])).toEqual([
    { id: 's1/start', words: ['onboarding', 'plan', 'for', 'q3'] },
    { id: 's2/start', words: ['budget', 'talk'] },
    undefined,
    undefined,
    { id: 't249/start', words: ['retro', '249'] },
  ]);

  const search = new NoteRepository(db, new RecordWriter(db));
  expect((await search.search('onboard q3')).map((found) => found.id)).toEqual(['s1/start']);
  expect(await search.search('stale')).toEqual([]);
  expect(await search.search('quiet')).toEqual([]);
  expect(await new BackupRepository(db).export()).not.toContain('"words"');
  db.close();
});
