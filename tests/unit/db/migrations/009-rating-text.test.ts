import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { BackupRepository } from '@/utils/db/backup';
import { CoachingRepository } from '@/utils/db/coaching';
import { openDatabase } from '@/utils/db/database';
import { stores as v8Stores } from '@/utils/db/migrations/008-sorted-keys';
import { RecordWriter } from '@/utils/db/writer';
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
  await v8.table('ratingSheets').bulkPut([sheet('', orphan), sheet('s1', s1), sheet('s2', s2)]);
  v8.close();

  const db = openDatabase({}, name);
  expect(db.verno).toBeGreaterThanOrEqual(9);
  // v11 then files the sheets by person and year (011-person-year-sheets.test.ts), still as text.
  const sheets = await db.ratingSheets.toArray();
  expect(sheets.map((found) => found.id)).toEqual(['', 'p1/1970', 'p2/1970']);
  expect(sheets.map((found) => found.runs.map((run) => JSON.parse(run) as unknown))).toEqual([[orphan], [s1], [s2]]);

  const coaching = new CoachingRepository(db, new RecordWriter(db, () => 1_800_000_000_000));
  expect(await coaching.ratings.where('sessionId', 's1')).toEqual(s1);
  expect((await coaching.ratings.anyOf('objectiveId', ['o1'])).map((found) => found.value)).toEqual([7]);
  expect((await coaching.ratings.where('personId', 'p2')).map((found) => found.id)).toEqual(['s2/s:energy']);

  const file = JSON.parse(await new BackupRepository(db).export()) as { records: { ratings: unknown[] } };
  expect(file.records.ratings).toEqual([...s1, ...s2, ...orphan]);
  db.close();
});
