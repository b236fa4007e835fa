import Dexie from 'dexie';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { serializeTable } from '@/utils/backup/format';
import { openDatabase, type CoachbarDatabase } from '@/utils/db/database';
import { ratingsOf } from '@/utils/db/rating-sheets';
import type { RatingRecord } from '@/utils/db/records';
import { recordAccess, storesOf } from '@/utils/db/tables';

let db: CoachbarDatabase;

beforeEach(() => {
  db = openDatabase({}, `tables-${crypto.randomUUID()}`);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const rating = (id: string, sessionId: string, fields: Partial<RatingRecord> = {}) =>
  ({ id, sessionId, personId: 'p1', scale: 'agreement-7', statementId: 'energy', objectiveId: null, value: 4, comment: '', createdAt: 1, updatedAt: 'c1', deletedAt: null, ...fields }) as RatingRecord;

it('stores ratings one sheet per session and reads them back one by one, by id and by index', async () => {
  const ratings = recordAccess(db, 'ratings');
  await ratings.bulkPut([rating('a/2', 'a'), rating('b/1', 'b', { personId: 'p2' }), rating('a/1', 'a', { scale: 'progress-10', statementId: null, objectiveId: 'o1' })]);

  expect(await db.ratingSheets.toArray()).toMatchObject([
    { id: 'a', ratingIds: ['a/1', 'a/2'], personIds: ['p1'], objectiveIds: ['o1'] },
    { id: 'b', ratingIds: ['b/1'], personIds: ['p2'], objectiveIds: [] },
  ]);
  expect((await ratings.get('b/1'))?.personId).toBe('p2');
  expect(await ratings.get('c/1')).toBeUndefined();
  expect((await ratings.anyOf('sessionId', ['a'])).map((found) => found.id)).toEqual(['a/1', 'a/2']);
  expect((await ratings.anyOf('personId', ['p1', 'p2'])).map((found) => found.id)).toEqual(['a/1', 'a/2', 'b/1']);
  expect((await ratings.anyOf('objectiveId', ['o1'])).map((found) => found.id)).toEqual(['a/1']);
  expect(await ratings.anyOf('personId', [])).toEqual([]);
  await expect(ratings.anyOf('value', [4])).rejects.toThrow(/no index on value/);
});

it('returns a rating once when its sheet matches several of the values asked for', async () => {
  const ratings = recordAccess(db, 'ratings');
  await ratings.bulkPut([rating('a/1', 'a'), rating('a/2', 'a', { personId: 'p2' })]);
  expect((await ratings.anyOf('personId', ['p1', 'p2'])).map((found) => found.id)).toEqual(['a/1', 'a/2']);
});

it('replaces a rating in place, and moves it (dropping an emptied sheet) when its session changes', async () => {
  const ratings = recordAccess(db, 'ratings');
  await ratings.bulkPut([rating('r1', 'a'), rating('r2', 'b')]);
  await ratings.put(rating('r1', 'a', { value: 7 }));
  expect(ratingsOf((await db.ratingSheets.get('a'))!).map((found) => found.value)).toEqual([7]);

  await ratings.put(rating('r1', 'b', { value: 3 }));
  expect(await db.ratingSheets.get('a')).toBeUndefined();
  expect((await db.ratingSheets.get('b'))?.ratingIds).toEqual(['r1', 'r2']);
  expect(await ratings.toArray()).toHaveLength(2);
});

it('lists every rating sorted by id, also where session order differs from id order', async () => {
  const ratings = recordAccess(db, 'ratings');
  // Session "s" sorts before "s-2", but "s-2/x" before "s/x": '-' comes before '/'.
  await ratings.bulkPut([rating('s/x', 's'), rating('s-2/x', 's-2', { deletedAt: 'c2' })]);
  expect((await ratings.toArray()).map((found) => found.id)).toEqual(['s-2/x', 's/x']);
});

const orphan = (id: string) => ({ id, createdAt: 0, updatedAt: 'c3', deletedAt: 'c3' }) as RatingRecord;

it.each([
  ['ids in session order: the sheets\' texts joined', [rating('a/1', 'a'), rating('a/2', 'a', { comment: 'Tired, "busy" week' }), rating('b/1', 'b')], ['a/1', 'a/2', 'b/1'], 0],
  ['session order differs from id order: the texts joined in id order', [rating('s/x', 's'), rating('s-2/x', 's-2', { deletedAt: 'c2' })], ['s-2/x', 's/x'], 0],
  ['tombstones without a session, between other sheets', [rating('a/1', 'a'), rating('z/1', 'z'), orphan('m/1'), orphan('0/1')], ['0/1', 'a/1', 'm/1', 'z/1'], 1],
  ['a tombstone without a session inside another sheet\'s ids: all decoded and sorted', [rating('a/1', 'a'), rating('a/3', 'a'), orphan('a/2')], ['a/1', 'a/2', 'a/3'], 3],
  ['no ratings', [], [], 0],
])('writes the ratings as the backup file lists them: %s', async (_case, records, ids, decoded) => {
  const ratings = recordAccess(db, 'ratings');
  await ratings.bulkPut(records);
  const parse = vi.spyOn(JSON, 'parse');
  const text = await ratings.serialized();
  const sheetsDecoded = parse.mock.calls.filter(([parsed]) => typeof parsed === 'string' && parsed.startsWith('[')).length;
  parse.mockRestore();
  expect(text).toBe(serializeTable(await ratings.toArray()));
  expect((JSON.parse(text) as RatingRecord[]).map((found) => found.id)).toEqual(ids);
  // Sheets decoded: none where their texts can be joined as they are.
  expect(sheetsDecoded).toBe(decoded);
});
it('names the stores a transaction over record tables needs', () => {
  expect(storesOf(['notes', 'ratings', 'sessions', 'ratings'])).toEqual(['notes', 'ratingSheets', 'sessions']);
});
