import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { stores as v7Stores } from '@/utils/db/migrations/007-drop-ratings';
import { keysSorted, openAt } from './open-at';

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
  const already = { id: 'p1', name: 'Ada' };
  await v7.table('sessions').put(session);
  await v7.table('notes').put(note);
  await v7.table('ratingSheets').put(sheet);
  await v7.table('people').put(already);
  await v7.table('outbox').put({ table: 'notes', key: 'notes/s1/start', id: 's1/start', stamp: written, fields: ['text'] });
  expect(keysSorted(await v7.table('sessions').get('s1'))).toBe(false);
  v7.close();

  const db = await openAt(name, 8);
  const rows = await Promise.all([db.table('sessions').get('s1'), db.table('notes').get('s1/start'), db.table('ratingSheets').get('s1'), db.table('outbox').get('notes/s1/start'), db.table('people').get('p1')]);
  expect(rows.map(keysSorted)).toEqual([true, true, true, true, true]);
  expect(rows.slice(0, 3)).toEqual([session, note, sheet]);
  expect(Object.keys(rows[0].meeting)).toEqual(['code', 'site', 'title']);
  expect(Object.keys(rows[2].ratings[0])).toEqual(Object.keys(rating).sort());
  expect(rows[4]).toEqual(already);
  db.close();
});
