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

const year2026 = Date.UTC(2026, 5, 1);

it('stores ratings in a sheet per person and year, a run per session, and reads them back one by one, by id and by index', async () => {
  const ratings = recordAccess(db, 'ratings');
  await ratings.bulkPut([
    rating('a/2', 'a'),
    rating('b/1', 'b', { personId: 'p2' }),
    rating('a/1', 'a', { scale: 'progress-10', statementId: null, objectiveId: 'o1' }),
    rating('c/1', 'c', { createdAt: year2026 }),
    rating('d/1', 'd', { personId: null }),
  ]);

  expect(await db.ratingSheets.toArray()).toMatchObject([
    { id: '/1970', sessionIds: ['d'], ratingIds: ['d/1'], runEnds: [1], personIds: [], objectiveIds: [] },
    { id: 'p1/1970', sessionIds: ['a'], ratingIds: ['a/1', 'a/2'], runEnds: [2], personIds: ['p1'], objectiveIds: ['o1'] },
    { id: 'p1/2026', sessionIds: ['c'], ratingIds: ['c/1'], runEnds: [1], personIds: ['p1'], objectiveIds: [] },
    { id: 'p2/1970', sessionIds: ['b'], ratingIds: ['b/1'], runEnds: [1], personIds: ['p2'], objectiveIds: [] },
  ]);
  expect((await ratings.get('b/1'))?.personId).toBe('p2');
  expect(await ratings.get('e/1')).toBeUndefined();
  expect((await ratings.bulkGet(['b/1', 'e/1', 'a/2', 'c/1'])).map((found) => found?.id)).toEqual(['b/1', undefined, 'a/2', 'c/1']);
  expect((await ratings.anyOf('sessionId', ['a'])).map((found) => found.id)).toEqual(['a/1', 'a/2']);
  expect((await ratings.anyOf('id', ['c/1', 'a/2'])).map((found) => found.id)).toEqual(['a/2', 'c/1']);
  expect((await ratings.anyOf('personId', ['p1', 'p2'])).map((found) => found.id)).toEqual(['a/1', 'a/2', 'b/1', 'c/1']);
  expect((await ratings.anyOf('objectiveId', ['o1'])).map((found) => found.id)).toEqual(['a/1']);
  expect(await ratings.anyOf('personId', [])).toEqual([]);
  await expect(ratings.anyOf('value', [4])).rejects.toThrow(/no index on value/);
});

it('keeps a sheet\'s runs in order of their first ids, and its ids run by run', async () => {
  const ratings = recordAccess(db, 'ratings');
  await ratings.bulkPut([rating('b/2', 'b'), rating('a/9', 'a'), rating('b/1', 'b'), rating('a/1', 'a'), rating('c/1', 'c')]);
  const [sheet] = await db.ratingSheets.toArray();
  expect(sheet).toMatchObject({ sessionIds: ['a', 'b', 'c'], ratingIds: ['a/1', 'a/9', 'b/1', 'b/2', 'c/1'], runEnds: [2, 4, 5] });
  expect(sheet!.runs.map((run) => (JSON.parse(run) as RatingRecord[]).map((found) => found.id))).toEqual([['a/1', 'a/9'], ['b/1', 'b/2'], ['c/1']]);
});

it('decodes only the runs a lookup by session or by id asks for', async () => {
  const ratings = recordAccess(db, 'ratings');
  await ratings.bulkPut([rating('a/1', 'a'), rating('b/1', 'b'), rating('b/2', 'b'), rating('c/1', 'c')]);
  const parse = vi.spyOn(JSON, 'parse');
  const runsDecoded = () => parse.mock.calls.filter(([parsed]) => typeof parsed === 'string' && parsed.startsWith('[')).length;
  expect((await ratings.anyOf('sessionId', ['b'])).map((found) => found.id)).toEqual(['b/1', 'b/2']);
  expect(runsDecoded()).toBe(1);
  expect((await ratings.get('c/1'))?.id).toBe('c/1');
  expect(runsDecoded()).toBe(2);
  parse.mockRestore();
});

it('returns a rating once when its sheet matches several of the values asked for', async () => {
  const ratings = recordAccess(db, 'ratings');
  await ratings.bulkPut([rating('a/1', 'a'), rating('b/1', 'b')]);
  expect((await ratings.anyOf('sessionId', ['a', 'b'])).map((found) => found.id)).toEqual(['a/1', 'b/1']);
});

it('replaces a rating in place, and moves it (dropping an emptied sheet) when its person or session changes', async () => {
  const ratings = recordAccess(db, 'ratings');
  await ratings.bulkPut([rating('r1', 'a'), rating('r2', 'b', { personId: 'p2' })]);
  await ratings.put(rating('r1', 'a', { value: 7 }));
  expect(ratingsOf((await db.ratingSheets.get('p1/1970'))!).map((found) => found.value)).toEqual([7]);

  await ratings.put(rating('r1', 'a', { personId: 'p2', value: 3 }));
  expect(await db.ratingSheets.get('p1/1970')).toBeUndefined();
  expect(await db.ratingSheets.get('p2/1970')).toMatchObject({ sessionIds: ['a', 'b'], ratingIds: ['r1', 'r2'] });

  await ratings.put(rating('r2', 'a', { personId: 'p2' }));
  expect(await db.ratingSheets.get('p2/1970')).toMatchObject({ sessionIds: ['a'], ratingIds: ['r1', 'r2'], runEnds: [2] });
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
  ['ids in session order: the runs\' texts joined', [rating('a/1', 'a'), rating('a/2', 'a', { comment: 'Tired, "busy" week' }), rating('b/1', 'b')], ['a/1', 'a/2', 'b/1'], 0],
  ['people\'s sessions interleaved in id order: the runs of all sheets joined in id order', [rating('c/1', 'c'), rating('a/1', 'a', { personId: 'p2' }), rating('b/1', 'b'), rating('d/1', 'd', { personId: null, createdAt: year2026 })], ['a/1', 'b/1', 'c/1', 'd/1'], 0],
  ['session order differs from id order: the texts joined in id order', [rating('s/x', 's'), rating('s-2/x', 's-2', { deletedAt: 'c2' })], ['s-2/x', 's/x'], 0],
  ['tombstones without a session, between other runs', [rating('a/1', 'a'), rating('z/1', 'z'), orphan('m/1'), orphan('0/1')], ['0/1', 'a/1', 'm/1', 'z/1'], 0],
  ['a session\'s ratings over two years, one after the other', [rating('a/1', 'a'), rating('a/2', 'a', { createdAt: year2026 })], ['a/1', 'a/2'], 0],
  ['a session\'s ratings over two years, interleaved: all decoded and sorted', [rating('a/1', 'a'), rating('a/3', 'a'), rating('a/2', 'a', { createdAt: year2026 })], ['a/1', 'a/2', 'a/3'], 2],
  ['a tombstone without a session inside a session\'s ids: all decoded and sorted', [rating('a/1', 'a'), rating('a/3', 'a'), orphan('a/2')], ['a/1', 'a/2', 'a/3'], 2],
  ['no ratings', [], [], 0],
])('writes the ratings as the backup file lists them: %s', async (_case, records, ids, decoded) => {
  const ratings = recordAccess(db, 'ratings');
  await ratings.bulkPut(records);
  const parse = vi.spyOn(JSON, 'parse');
  const text = await ratings.serialized();
  const runsDecoded = parse.mock.calls.filter(([parsed]) => typeof parsed === 'string' && parsed.startsWith('[')).length;
  parse.mockRestore();
  expect(text).toBe(serializeTable(await ratings.toArray()));
  expect((JSON.parse(text) as RatingRecord[]).map((found) => found.id)).toEqual(ids);
  // Runs decoded: none where their texts can be joined as they are.
  expect(runsDecoded).toBe(decoded);
});
it('names the stores a transaction over record tables needs', () => {
  expect(storesOf(['notes', 'ratings', 'sessions', 'ratings'])).toEqual(['notes', 'ratingSheets', 'sessions']);
});
