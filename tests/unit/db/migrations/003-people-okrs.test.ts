import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { stores as v2Stores } from '@/utils/db/migrations/002-call-clock';
import { openAt } from './open-at';

const name = `migration-003-${crypto.randomUUID()}`;

afterEach(async () => {
  await Dexie.delete(name);
});

it('upgrades v2 data: sessions get an empty takeaway, ratings become findable by objective, new tables open', async () => {
  const v2 = new Dexie(name);
  v2.version(2).stores(v2Stores);
  await v2.table('sessions').put({
    id: 's1',
    startedAt: 1_000,
    meetingKey: 'meet:abc-defg-hij',
    day: '2026-11-20',
    clock: { index: 0, sectionStartedAt: 1_000, pausedAt: null, callStartedAt: 1_000, pausedMs: 0 },
    deletedAt: null,
  });
  await v2.table('ratings').put({ id: 'r1', sessionId: 's1', personId: 'p1', statementId: null, objectiveId: 'o1', scale: 'progress-10', value: 6, comment: '', deletedAt: null });
  v2.close();

  const db = await openAt(name, 3);
  expect((await db.table('sessions').get('s1'))?.takeaway).toBe('');
  expect((await db.table('ratings').where('objectiveId').equals('o1').toArray()).map((rating) => rating.value)).toEqual([6]);
  await db.table('risks').put({ id: 'k1', objectiveId: 'o1', risk: 'Too little time', counterMeasure: 'Block Fridays', createdAt: 1, updatedAt: 'x', deletedAt: null });
  expect(await db.table('risks').count()).toBe(1);
  expect(db.tables.map((table) => table.name)).toEqual(expect.arrayContaining(['statements', 'statementSets']));
  db.close();
});
