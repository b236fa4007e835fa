import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { stores as v8Stores } from '@/utils/db/migrations/008-sorted-keys';
import { keysSorted, openAt } from './open-at';
import { storedRating, writtenByOldDevice } from './stored-rating';

const name = `migration-009-${crypto.randomUUID()}`;
const written = writtenByOldDevice;

afterEach(async () => {
  await Dexie.delete(name);
});

const rating = storedRating;

it('turns v8 sheets holding rating objects into sheets holding their text, losing nothing', async () => {
  const v8 = new Dexie(name);
  v8.version(8).stores(v8Stores);
  const s1 = [rating('s1/o:o1', 's1', { objectiveId: 'o1', scale: 'progress-10', statementId: null, value: 7 }), rating('s1/s:energy', 's1', { comment: 'A "long" week', fieldClocks: { value: written } })];
  const s2 = [rating('s2/s:energy', 's2', { personId: 'p2' })];
  const orphan = [{ createdAt: 0, deletedAt: written, fieldClocks: {}, id: 's9/s:energy', updatedAt: written }];
  const sheet = (id: string, ratings: Record<string, unknown>[]) => ({
    id,
    objectiveIds: ratings.flatMap((found) => (typeof found.objectiveId === 'string' ? [found.objectiveId] : [])),
    personIds: [...new Set(ratings.flatMap((found) => (typeof found.personId === 'string' ? [found.personId] : [])))],
    ratingIds: ratings.map((found) => found.id as string),
    ratings,
  });
  // A v8 sheet already holding text stays as it is.
  const textSheet = { id: 's3', objectiveIds: [], personIds: ['p1'], ratingIds: ['s3/s:energy'], runEnds: [1], runs: [JSON.stringify([rating('s3/s:energy', 's3')])], sessionIds: ['s3'] };
  await v8.table('ratingSheets').bulkPut([sheet('', orphan), sheet('s1', s1), sheet('s2', s2), textSheet]);
  v8.close();

  const db = await openAt(name, 9);
  // Still one sheet per session: v11 files them by person and year (011-person-year-sheets.test.ts).
  const sheets = await db.table('ratingSheets').toArray();
  expect(sheets.map((found) => [found.id, found.sessionIds, found.ratingIds, found.runEnds, found.personIds, found.objectiveIds])).toEqual([
    ['', [''], ['s9/s:energy'], [1], [], []],
    ['s1', ['s1'], ['s1/o:o1', 's1/s:energy'], [2], ['p1'], ['o1']],
    ['s2', ['s2'], ['s2/s:energy'], [1], ['p2'], []],
    ['s3', ['s3'], ['s3/s:energy'], [1], ['p1'], []],
  ]);
  expect(sheets.map((found) => found.runs.map((run: string) => JSON.parse(run) as unknown))).toEqual([[orphan], [s1], [s2], [[rating('s3/s:energy', 's3')]]]);
  expect(sheets.every((found) => keysSorted(found) && !('ratings' in found))).toBe(true);
  expect(await db.table('ratingSheets').where('ratingIds').equals('s1/s:energy').primaryKeys()).toEqual(['s1']);
  db.close();
});
