import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { stores as v1Stores } from '@/utils/db/migrations/001-initial';
import { viewAgenda } from '@/utils/agenda/engine';
import { openAt } from './open-at';

const name = `migration-002-${crypto.randomUUID()}`;

afterEach(async () => {
  await Dexie.delete(name);
});

it('upgrades v1 sessions: the call started when the session did, no time away yet', async () => {
  const v1 = new Dexie(name);
  v1.version(1).stores(v1Stores);
  await v1.table('sessions').bulkPut([
    {
      id: 'old',
      startedAt: 1_000,
      meetingKey: 'meet:abc-defg-hij',
      day: '2026-11-20',
      clock: { index: 2, sectionStartedAt: 600_000, pausedAt: null },
      deletedAt: null,
    },
    {
      id: 'paused',
      startedAt: 5_000,
      meetingKey: 'zoom:123456789',
      day: '2026-11-21',
      clock: { index: 0, sectionStartedAt: 5_000, pausedAt: 65_000 },
      deletedAt: null,
    },
  ]);
  await v1.table('notes').put({ id: 'old/start', sessionId: 'old', sectionId: 'start', text: 'kept', deletedAt: null });
  v1.close();

  const db = await openAt(name, 2);
  const [old, paused] = await db.table('sessions').bulkGet(['old', 'paused']);
  expect(old.clock).toEqual({ index: 2, sectionStartedAt: 600_000, pausedAt: null, callStartedAt: 1_000, pausedMs: 0 });
  expect(paused.clock).toMatchObject({ callStartedAt: 5_000, pausedMs: 0, pausedAt: 65_000 });
  // The upgraded clock gives a real call time instead of NaN.
  expect(viewAgenda([{ id: 'a', minutes: 5 }], paused.clock, 999_999, false).totalElapsedMs).toBe(60_000);
  expect((await db.table('notes').get('old/start'))?.text).toBe('kept');
  db.close();
});
