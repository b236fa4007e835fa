import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '@/utils/db/database';
import { NoteRepository } from '@/utils/db/notes';
import { RecordWriter } from '@/utils/db/writer';
import { openAt } from './open-at';

const name = `migration-014-${crypto.randomUUID()}`;
const far = '9999999999999:99990:x';
const fine = '1765000000000:00003:laptop';

afterEach(async () => {
  await Dexie.delete(name);
});

it('brings stamps far ahead back to now and drops a poisoned device clock, so later edits win again', async () => {
  const v13 = await openAt(name, 13);
  await v13.table('notes').bulkPut([
    { id: 's1/start', sessionId: 's1', sectionId: 'start', text: 'poisoned', private: false, questionIds: [], createdAt: 1, updatedAt: far, deletedAt: null, fieldClocks: { text: far, private: fine }, baseClocks: { text: far } },
    { id: 's2/start', sessionId: 's2', sectionId: 'start', text: 'fine', private: false, questionIds: [], createdAt: 1, updatedAt: fine, deletedAt: null, fieldClocks: { text: fine } },
  ]);
  await v13.table('conflicts').put({ id: 'cc:1', recordId: 's1/start', recordType: 'notes', field: 'text', text: 'x', hlc: far, createdAt: 1, updatedAt: fine, deletedAt: null });
  await v13.table('meta').bulkPut([
    { key: 'deviceId', value: 'laptop' },
    { key: 'clock', value: far },
  ]);
  v13.close();

  const before = Date.now();
  const db = openDatabase({}, name);
  const poisoned = (await db.notes.get('s1/start'))!;
  const wall = (stamp: string) => Number(stamp.slice(0, 13));
  expect(wall(poisoned.updatedAt)).toBeGreaterThanOrEqual(before);
  expect(wall(poisoned.updatedAt)).toBeLessThan(before + 60_000);
  expect(poisoned.updatedAt.endsWith(':x')).toBe(true);
  expect(poisoned.fieldClocks).toEqual({ text: poisoned.updatedAt, private: fine });
  expect(poisoned.baseClocks).toEqual({ text: poisoned.updatedAt });
  expect((await db.notes.get('s2/start'))?.updatedAt).toBe(fine);
  expect(wall((await db.conflicts.get('cc:1'))!.hlc)).toBeLessThan(before + 60_000);
  expect(await db.meta.get('clock')).toBeUndefined();

  // A later edit, on a later millisecond than the repair.
  while (Date.now() <= wall(poisoned.updatedAt)) await new Promise((resolve) => setTimeout(resolve, 1));
  const saved = await new NoteRepository(db, new RecordWriter(db)).saveText('s1', 'start', 'mine again');
  expect(saved.fieldClocks!.text! > poisoned.fieldClocks!.text!).toBe(true);
  db.close();
});
