import Dexie from 'dexie';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase, type CoachbarDatabase } from '@/utils/db/database';
import type { RatingRecord, SessionRecord } from '@/utils/db/records';
import { recordAccess } from '@/utils/db/tables';
import { RecordWriter } from '@/utils/db/writer';
import { hasSortedKeys } from '@/utils/json/sorted-keys';

let db: CoachbarDatabase;

beforeEach(() => {
  db = openDatabase({}, `sorted-keys-${crypto.randomUUID()}`);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

it('stores every row with its keys sorted at every level, however it was written', async () => {
  const session = { personId: 'p1', id: 's1', meeting: { title: '1:1', site: 'meet', code: 'abc' }, deletedAt: null, createdAt: 1, updatedAt: 'c1' } as unknown as SessionRecord;
  await db.sessions.put(session);
  await db.sessions.update('s1', { takeaway: 'Ship it' });
  await recordAccess(db, 'ratings').put({ value: 3, id: 's1/s:energy', sessionId: 's1', personId: 'p1', scale: 'agreement-7', statementId: 'energy', objectiveId: null, comment: '', createdAt: 1, updatedAt: 'c1', deletedAt: null } as RatingRecord);
  await new RecordWriter(db, () => 2).upsert('notes', 's1/start', { text: 'Goals' }, () => ({ sessionId: 's1', sectionId: 'start', text: '', private: false, questionIds: [] }));

  const rows = [await db.sessions.get('s1'), await db.ratingSheets.get('p1/1970'), await db.notes.get('s1/start'), (await db.outbox.toArray())[0], await db.meta.get('clock')];
  expect(rows.every((row) => row !== undefined && hasSortedKeys(row))).toBe(true);
  expect(rows[0]).toEqual({ ...session, takeaway: 'Ship it' });
  // The caller's object is not reordered.
  expect(Object.keys(session)[0]).toBe('personId');
});
