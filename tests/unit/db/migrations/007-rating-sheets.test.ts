import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '@/utils/db/database';
import { stores as v5Stores } from '@/utils/db/migrations/005-sync';
import { openAt } from './open-at';

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

const old = [
  rating('s1/s:energy', 's1', { value: 6, comment: 'Good week', fieldClocks: { value: written }, baseClocks: {} }),
  rating('s1/s:focus', 's1', { deletedAt: written }),
  rating('s1/o:o1', 's1', { scale: 'progress-10', statementId: null, objectiveId: 'o1', value: 7 }),
  rating('s2/s:energy', 's2', { personId: 'p2', value: 2 }),
];
// What v5 sync stored for a peer's delete of a rating never seen here: no fields, so no session.
const peersTombstone = { id: 's9/s:energy', createdAt: 0, updatedAt: written, deletedAt: written, fieldClocks: {} };

async function writeV5(): Promise<void> {
  const v5 = new Dexie(name);
  v5.version(5).stores(v5Stores);
  await v5.table('ratings').bulkPut([...old, peersTombstone]);
  await v5.table('meta').bulkPut([{ key: 'deviceId', value: 'this-device' }, { key: 'clock', value: written }]);
  v5.close();
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
const runsOf = (sheet: { runs: string[] }) => sheet.runs.map((run) => JSON.parse(run) as unknown);

it('moves v5 ratings, tombstones and clocks included, into rating sheets by person and year and drops the old store', async () => {
  await writeV5();

  const db = await openAt(name, 7);
  expect(db.tables.map((table) => table.name)).not.toContain('ratings');
  const sheets = await db.table('ratingSheets').toArray();
  expect(sheets.map((sheet) => [sheet.id, sheet.sessionIds, sheet.ratingIds, sheet.runEnds, sheet.personIds, sheet.objectiveIds])).toEqual([
    ['', [''], ['s9/s:energy'], [1], [], []],
    ['p1/1970', ['s1'], ['s1/o:o1', 's1/s:energy', 's1/s:focus'], [3], ['p1'], ['o1']],
    ['p2/1970', ['s2'], ['s2/s:energy'], [1], ['p2'], []],
  ]);
  expect(sheets.map(runsOf)).toEqual([[[peersTombstone]], [[old[2], old[0], old[1]]], [[old[3]]]]);
  // Each run is the backup file's text: keys sorted, no spaces.
  expect(sheets[2].runs[0]).toBe(
    `[{"comment":"","createdAt":1,"deletedAt":null,"id":"s2/s:energy","objectiveId":null,"personId":"p2","scale":"agreement-7","sessionId":"s2","statementId":"energy","updatedAt":"${written}","value":2}]`,
  );
  expect(await db.table('ratingSheets').where('objectiveIds').equals('o1').primaryKeys()).toEqual(['p1/1970']);
  db.close();
});

it('brings v5 ratings through the sheets back to the same rows today', async () => {
  await writeV5();

  const db = openDatabase({}, name);
  expect(await db.ratings.toArray()).toEqual([...old, peersTombstone].sort(byId));
  expect(db.tables.map((table) => table.name)).not.toContain('ratingSheets');
  // Only the storage changed: backups and sync peers still see schema 5.
  expect(schemaVersion).toBe(5);
  db.close();
});
