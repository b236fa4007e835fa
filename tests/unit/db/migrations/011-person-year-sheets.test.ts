import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { stores as v10Stores } from '@/utils/db/migrations/010-note-words';
import { keysSorted, openAt } from './open-at';
import { storedRating, writtenByOldDevice } from './stored-rating';

const name = `migration-011-${crypto.randomUUID()}`;
const written = writtenByOldDevice;
const day2025 = Date.UTC(2025, 11, 31, 23, 50);
const day2026 = Date.UTC(2026, 0, 1, 0, 10);

afterEach(async () => {
  await Dexie.delete(name);
});

interface V11Sheet {
  id: string;
  runs: string[];
  sessionIds: string[];
  ratingIds: string[];
  runEnds: number[];
  personIds: string[];
  objectiveIds: string[];
}

const ratingsOf = (sheet: V11Sheet) => sheet.runs.flatMap((run) => JSON.parse(run) as unknown[]);

const rating = (id: string, sessionId: string, fields: Record<string, unknown> = {}) => storedRating(id, sessionId, { createdAt: day2025, ...fields });

/** A sheet as v9 and v10 stored it: one session's ratings as the file's text. */
const v10Sheet = (id: string, ratings: ReturnType<typeof rating>[] | Record<string, unknown>[]) => ({
  id,
  objectiveIds: [...new Set(ratings.flatMap((found) => (typeof found.objectiveId === 'string' ? [found.objectiveId] : [])))],
  personIds: [...new Set(ratings.flatMap((found) => (typeof found.personId === 'string' ? [found.personId] : [])))],
  ratingIds: ratings.map((found) => found.id as string),
  ratingsJson: JSON.stringify(ratings),
});

it('files v10 sheets of one session each by person and year, losing nothing', async () => {
  const v10 = new Dexie(name);
  v10.version(10).stores(v10Stores);
  const s1 = [rating('s1/o:o1', 's1', { objectiveId: 'o1', scale: 'progress-10', statementId: null, value: 7 }), rating('s1/s:energy', 's1', { comment: 'A "long" week', fieldClocks: { value: written } })];
  // A session over New Year (UTC): its second rating was made in 2026.
  const s2 = [rating('s2/s:energy', 's2', { personId: 'p2' }), rating('s2/s:focus', 's2', { personId: 'p2', createdAt: day2026, deletedAt: written })];
  const s3 = [rating('s3/s:energy', 's3', { createdAt: day2026 })];
  const unlinked = [rating('s4/s:energy', 's4', { personId: null })];
  const orphans = [
    { createdAt: 0, deletedAt: written, fieldClocks: {}, id: 's9/s:energy', updatedAt: written },
    { createdAt: 0, deletedAt: written, fieldClocks: {}, id: 's0/s:energy', updatedAt: written },
  ];
  // Many sessions, so the person's sheet holds many runs.
  const many = Array.from({ length: 120 }, (_, index) => rating(`t${String(index).padStart(3, '0')}/s:energy`, `t${String(index).padStart(3, '0')}`, { personId: 'p3', value: 1 + (index % 7) }));
  await v10.table('ratingSheets').bulkPut([v10Sheet('', orphans), v10Sheet('s1', s1), v10Sheet('s2', s2), v10Sheet('s3', s3), v10Sheet('s4', unlinked), ...many.map((found) => v10Sheet(found.sessionId, [found]))]);
  v10.close();

  const db = await openAt(name, 11);
  const table = db.table<V11Sheet, string>('ratingSheets');
  const sheets = await table.toArray();
  expect(sheets.map((sheet) => [sheet.id, sheet.sessionIds, sheet.ratingIds])).toEqual([
    ['', ['', ''], ['s0/s:energy', 's9/s:energy']],
    ['/2025', ['s4'], ['s4/s:energy']],
    ['p1/2025', ['s1'], ['s1/o:o1', 's1/s:energy']],
    ['p1/2026', ['s3'], ['s3/s:energy']],
    ['p2/2025', ['s2'], ['s2/s:energy']],
    ['p2/2026', ['s2'], ['s2/s:focus']],
    ['p3/2025', many.map((found) => found.sessionId), many.map((found) => found.id)],
  ]);
  expect(sheets.every(keysSorted)).toBe(true);
  expect(sheets.every((sheet) => !('ratingsJson' in sheet))).toBe(true);
  const sheet = (id: string) => sheets.find((found) => found.id === id)!;
  expect(sheet('p3/2025').runEnds).toEqual(many.map((_, index) => index + 1));
  expect(sheet('p3/2025').personIds).toEqual(['p3']);
  expect(ratingsOf(sheet('p1/2025'))).toEqual(s1);
  expect(sheet('p1/2025').objectiveIds).toEqual(['o1']);
  expect(ratingsOf(sheet(''))).toEqual([orphans[1], orphans[0]]);
  expect(sheets.flatMap(ratingsOf)).toHaveLength(2 + 2 + 1 + 1 + 2 + 120);

  // The indexes find a session's sheets, a person's and an objective's.
  expect(await table.where('sessionIds').equals('s2').primaryKeys()).toEqual(['p2/2025', 'p2/2026']);
  expect(await table.where('personIds').equals('p1').primaryKeys()).toEqual(['p1/2025', 'p1/2026']);
  expect(await table.where('objectiveIds').equals('o1').primaryKeys()).toEqual(['p1/2025']);
  expect(await table.where('ratingIds').equals('t119/s:energy').primaryKeys()).toEqual(['p3/2025']);
  db.close();
});

it('leaves a database without ratings with no sheets', async () => {
  const v10 = new Dexie(name);
  v10.version(10).stores(v10Stores);
  await v10.table('people').put({ id: 'p1', name: 'Ada', createdAt: 1, updatedAt: written, deletedAt: null });
  v10.close();

  const db = await openAt(name, 11);
  expect(await db.table('ratingSheets').count()).toBe(0);
  expect(await db.table('people').count()).toBe(1);
  db.close();
});
