import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '@/utils/db/database';
import { stores as v11Stores } from '@/utils/db/migrations/011-person-year-sheets';
import type { RatingRecord } from '@/utils/db/records';
import v11 from './fixtures/v11-database.json';

const name = `migration-012-${crypto.randomUUID()}`;

afterEach(async () => {
  await Dexie.delete(name);
});

/** A database written by the v11 build (fixtures/README.md), its rows as they were stored. */
const fixture = v11 as unknown as { version: number; rows: Record<string, { id?: string }[]>; ratingsAsRead: RatingRecord[] };

async function writeV11(rows: Record<string, unknown[]>): Promise<void> {
  const db = new Dexie(name);
  db.version(11).stores(v11Stores);
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const [store, stored] of Object.entries(rows)) await db.table(store).bulkPut(stored);
  });
  db.close();
}

const session = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ids = (ratings: { id: string }[]) => ratings.map((rating) => rating.id);

it('moves every rating of a v11 database out of its sheet into a row of its own, as v11 read it', async () => {
  expect(fixture.version).toBe(11);
  await writeV11(fixture.rows);

  const db = openDatabase({}, name);
  await db.open();
  expect(db.tables.map((table) => table.name)).not.toContain('ratingSheets');
  expect(await db.ratings.toArray()).toStrictEqual(fixture.ratingsAsRead);
  // Only the storage changed: backups and sync peers still see schema 5.
  expect(schemaVersion).toBe(5);

  // The indexes the repositories query: by id, session, person, statement and objective.
  const ratings = db.ratings;
  expect(await ratings.get('peer-session/s:lq-satisfied')).toMatchObject({ deletedAt: '1768400000000:00000:peer-device', fieldClocks: {} });
  // A session over New Year (UTC): its ratings were in two sheets; the cleared one is a tombstone.
  const overNewYear = await ratings.where('sessionId').equals(session(2)).toArray();
  expect(overNewYear.map((rating) => [rating.id, rating.value, rating.deletedAt !== null])).toEqual([
    [`${session(2)}/s:lq-satisfied`, 7, false],
    [`${session(2)}/s:lq-workload`, 4, true],
  ]);
  expect(ids(await ratings.where('personId').equals('ada').toArray())).toEqual([
    `${session(1)}/o:o-ada-launch`,
    `${session(1)}/s:lq-satisfied`,
    `${session(1)}/s:lq-workload`,
    `${session(2)}/s:lq-satisfied`,
    `${session(2)}/s:lq-workload`,
    `${session(3)}/o:o-ada-launch`,
    `${session(3)}/s:lq-satisfied`,
    `${session(3)}/s:lq-workload`,
  ]);
  // Rated before the session was linked to Ben, then moved to him.
  expect(ids(await ratings.where('personId').equals('ben').toArray())).toEqual([`${session(4)}/s:lq-satisfied`]);
  expect((await ratings.where('objectiveId').equals('o-ada-launch').toArray()).map((rating) => [rating.value, rating.comment])).toEqual([
    [7, 'On track, beta next week'],
    [1, 'Rolled back'],
  ]);
  expect((await ratings.where('statementId').equals('lq-satisfied').toArray()).map((rating) => rating.value)).toEqual([6, 7, 1, 2, 4]);
  expect(await ratings.where('sessionId').equals(session(5)).toArray()).toMatchObject([{ personId: null, comment: 'Who was this?' }]);

  // Every other store is as it was.
  for (const [store, rows] of Object.entries(fixture.rows)) {
    if (store !== 'ratingSheets') expect(await db.table(store).toArray(), store).toStrictEqual(rows);
  }
  db.close();
});

it('gives a v11 database without ratings an empty ratings table', async () => {
  await writeV11({ people: fixture.rows.people! });

  const db = openDatabase({}, name);
  expect(await db.ratings.count()).toBe(0);
  expect(await db.people.toArray()).toStrictEqual(fixture.rows.people);
  db.close();
});
