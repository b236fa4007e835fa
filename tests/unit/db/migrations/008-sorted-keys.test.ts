import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { BackupRepository } from '@/utils/db/backup';
import { openDatabase } from '@/utils/db/database';
import { stores as v7Stores } from '@/utils/db/migrations/007-drop-ratings';
import { ratingsOf } from '@/utils/db/rating-sheets';
import { hasSortedKeys } from '@/utils/json/sorted-keys';

const name = `migration-008-${crypto.randomUUID()}`;
const written = '1700000000000:00000:old-device';

afterEach(async () => {
  await Dexie.delete(name);
});

it('sorts the keys of every row stored by v7, at every level, and keeps every value', async () => {
  const v7 = new Dexie(name);
  v7.version(7).stores(v7Stores);
  // Key orders as v7's writer left them: fields first, then clocks; nested objects as the page sent them.
  const session = {
    id: 's1',
    personId: 'p1',
    meeting: { site: 'meet', code: 'abc-defg-hij', title: '1:1' },
    clock: { sectionStartedAt: 5, index: 1, pausedAt: null, callStartedAt: 5, pausedMs: 0 },
    startedAt: 5,
    meetingKey: 'meet:abc-defg-hij',
    day: '2026-11-20',
    createdAt: 5,
    updatedAt: written,
    deletedAt: null,
    fieldClocks: { personId: written, meeting: written },
  };
  const note = { id: 's1/start', text: 'Goals', sessionId: 's1', sectionId: 'start', words: ['goals'], updatedAt: written, createdAt: 5, deletedAt: null };
  const rating = { value: 6, id: 's1/s:energy', sessionId: 's1', personId: 'p1', statementId: 'energy', objectiveId: null, scale: 'agreement-7', comment: '', createdAt: 5, updatedAt: written, deletedAt: null };
  const sheet = { ratings: [rating], id: 's1', ratingIds: [rating.id], personIds: ['p1'], objectiveIds: [] };
  await v7.table('sessions').put(session);
  await v7.table('notes').put(note);
  await v7.table('ratingSheets').put(sheet);
  await v7.table('outbox').put({ table: 'notes', key: 'notes/s1/start', id: 's1/start', stamp: written, fields: ['text'] });
  expect(hasSortedKeys(await v7.table('sessions').get('s1'))).toBe(false);
  v7.close();

  const db = openDatabase({}, name);
  expect(db.verno).toBeGreaterThanOrEqual(8);
  const rows = await Promise.all([db.sessions.get('s1'), db.notes.get('s1/start'), db.ratingSheets.get('p1/1970'), db.outbox.get('notes/s1/start')]);
  expect(rows.map(hasSortedKeys)).toEqual([true, true, true, true]);
  expect(rows[0]).toEqual(session);
  expect(Object.keys(rows[0]!.meeting)).toEqual(['code', 'site', 'title']);
  // v10 then moves the note's words into noteWords (010-note-words.test.ts).
  const { words: _words, ...noteWithoutWords } = note;
  expect(rows[1]).toEqual(noteWithoutWords);
  // v9 then keeps the sheet's ratings as text (009-rating-text.test.ts), and v11 files them by
  // person and year (011-person-year-sheets.test.ts).
  expect(ratingsOf(rows[2]!)).toEqual([rating]);

  // The export serializes the rows as they are and still lists every key in sorted order.
  const file = await new BackupRepository(db).export();
  expect(file).toContain('"sessions":[{"clock":{"callStartedAt":5,"index":1,"pausedAt":null,"pausedMs":0,"sectionStartedAt":5},"createdAt":5,');
  expect(JSON.parse(file)).toMatchObject({ records: { sessions: [session], notes: [noteWithoutWords], ratings: [rating] } });
  db.close();
});
