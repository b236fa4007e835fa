import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { BackupRepository } from '@/utils/db/backup';
import { CoachingRepository } from '@/utils/db/coaching';
import { openDatabase, schemaVersion } from '@/utils/db/database';
import { stores as v5Stores } from '@/utils/db/migrations/005-sync';
import { RecordWriter } from '@/utils/db/writer';

const name = `migration-007-${crypto.randomUUID()}`;
const written = '1700000000000:00000:old-device';

afterEach(async () => {
  await Dexie.delete(name);
});

const rating = (id: string, sessionId: string, fields: Record<string, unknown>) => ({
  id,
  sessionId,
  personId: 'p1',
  scale: 'agreement-7',
  statementId: id.split('/s:')[1] ?? null,
  objectiveId: null,
  value: 4,
  comment: '',
  createdAt: 1,
  updatedAt: written,
  deletedAt: null,
  ...fields,
});

it('moves v5 ratings, tombstones and clocks included, into rating sheets and drops the old store', async () => {
  const v5 = new Dexie(name);
  v5.version(5).stores(v5Stores);
  const old = [
    rating('s1/s:energy', 's1', { value: 6, comment: 'Good week', fieldClocks: { value: written }, baseClocks: {} }),
    rating('s1/s:focus', 's1', { deletedAt: written }),
    rating('s1/o:o1', 's1', { scale: 'progress-10', statementId: null, objectiveId: 'o1', value: 7 }),
    rating('s2/s:energy', 's2', { personId: 'p2', value: 2 }),
  ];
  // What v5 sync stored for a peer's delete of a rating never seen here: no fields, so no session.
  const peersTombstone = { id: 's9/s:energy', createdAt: 0, updatedAt: written, deletedAt: written, fieldClocks: {} };
  await v5.table('ratings').bulkPut([...old, peersTombstone]);
  await v5.table('sessions').bulkPut([
    { id: 's1', personId: 'p1', startedAt: 1_000, meetingKey: 'meet:a', day: '2026-11-20', deletedAt: null },
    { id: 's2', personId: 'p2', startedAt: 2_000, meetingKey: 'meet:b', day: '2026-11-21', deletedAt: null },
  ]);
  await v5.table('meta').bulkPut([{ key: 'deviceId', value: 'this-device' }, { key: 'clock', value: written }]);
  v5.close();

  const db = openDatabase({}, name);
  const coaching = new CoachingRepository(db, new RecordWriter(db, () => 1_800_000_000_000));
  // v11 then files the sheets by person and year (011-person-year-sheets.test.ts).
  expect((await db.ratingSheets.toArray()).map((sheet) => sheet.id)).toEqual(['', 'p1/1970', 'p2/1970']);
  expect(db.tables.map((table) => table.name)).not.toContain('ratings');
  expect(db.verno).toBeGreaterThanOrEqual(7);
  // Only the storage changed: backups and sync peers still see schema 5.
  expect(schemaVersion).toBe(5);

  expect(await coaching.ratings.where('sessionId', 's1')).toEqual([old[2], old[0]]);
  expect((await coaching.ratings.where('personId', 'p2')).map((found) => found.id)).toEqual(['s2/s:energy']);
  expect((await coaching.ratings.anyOf('objectiveId', ['o1'])).map((found) => found.value)).toEqual([7]);
  expect(await coaching.ratings.get('s1/s:focus')).toBeUndefined();

  const file = JSON.parse(await new BackupRepository(db).export()) as { schemaVersion: number; records: { ratings: { id: string }[] } };
  expect(file.schemaVersion).toBe(5);
  expect(file.records.ratings).toEqual([...old, peersTombstone].sort((a, b) => (a.id < b.id ? -1 : 1)));

  // Written on: a new rating joins its person's sheet of the year, with clocks and an outbox entry as before.
  const saved = await coaching.rate({ id: 's2', personId: 'p2' }, { statementId: 'focus' }, 5, '');
  expect((await db.ratingSheets.get('p2/2027'))?.ratingIds).toEqual(['s2/s:focus']);
  expect((await coaching.ratings.where('sessionId', 's2')).map((found) => found.id)).toEqual(['s2/s:energy', 's2/s:focus']);
  expect(await db.outbox.get('ratings/s2/s:focus')).toMatchObject({ table: 'ratings', id: 's2/s:focus', stamp: saved.updatedAt });
  db.close();
});
