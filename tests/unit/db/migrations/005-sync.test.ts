import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { formatHlc } from '@/utils/clock/hlc';
import { openDatabase } from '@/utils/db/database';
import { stores as v4Stores } from '@/utils/db/migrations/004-note-search';
import { NoteRepository } from '@/utils/db/notes';
import { RecordWriter } from '@/utils/db/writer';

const name = `migration-005-${crypto.randomUUID()}`;
const written = formatHlc({ wallMs: 1_700_000_000_000, counter: 0, deviceId: 'old-device' });

afterEach(async () => {
  await Dexie.delete(name);
});

it('keeps v4 notes, starts with an empty outbox, and from then on tracks clocks per field', async () => {
  const v4 = new Dexie(name);
  v4.version(4).stores(v4Stores);
  await v4.table('notes').put({ id: 's1/start', sessionId: 's1', sectionId: 'start', text: 'Old words', private: false, questionIds: [], words: ['old', 'words'], createdAt: 1, updatedAt: written, deletedAt: null });
  await v4.table('meta').bulkPut([{ key: 'deviceId', value: 'this-device' }, { key: 'clock', value: written }]);
  v4.close();

  const db = openDatabase({}, name);
  expect(await db.notes.get('s1/start')).toMatchObject({ text: 'Old words', updatedAt: written });
  expect(await db.outbox.count()).toBe(0);
  expect(await db.conflicts.count()).toBe(0);

  const notes = new NoteRepository(db, new RecordWriter(db, () => 1_800_000_000_000));
  const saved = await notes.setPrivate('s1', 'start', true);
  // The old fields keep the clock they had; only the changed one gets the new stamp.
  expect(saved.fieldClocks).toMatchObject({ text: written, sectionId: written, private: saved.updatedAt });
  expect(saved.fieldClocks).not.toHaveProperty('words');
  expect(await db.outbox.get('notes/s1/start')).toEqual({ key: 'notes/s1/start', table: 'notes', id: 's1/start', fields: ['private'], stamp: saved.updatedAt });
  expect(db.verno).toBeGreaterThanOrEqual(5);
  db.close();
});
