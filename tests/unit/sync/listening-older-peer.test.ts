import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { MemoryRemote, SyncDevice } from '../../support/sync-devices';
import type { SessionRecord } from '@/utils/db/records';
import type { ListeningTotals } from '@/utils/listening/types';

const devices: SyncDevice[] = [];
afterEach(async () => {
  await Promise.all(devices.splice(0).map((d) => d.close()));
});

const counted: ListeningTotals = { speakers: [{ name: 'You', sections: { start: 30 } }, { name: 'Sam', sections: { start: 70 } }], managerSpeaker: 'You', managerConfirmed: false };

it('a peer without the listening field (an older version drops it) edits the session, and the counts stay on the device that has them', async () => {
  const remote = new MemoryRemote();
  const measured = new SyncDevice('a', remote);
  const older = new SyncDevice('b', remote);
  devices.push(measured, older);
  const session = await measured.repos.sessions.openForMeeting({ site: 'meet', code: 'abc-defg-hij' }, '1:1', 'en');
  await measured.repos.sessions.setListening(session.id, counted);
  await measured.sync();
  await older.sync();

  // What an older version stores of it: checkIncomingRecord drops a field it does not know, with its clock.
  const received = (await older.db.sessions.get(session.id))!;
  const { listening: _dropped, ...asOlderStores } = received;
  const { listening: _clock, ...olderClocks } = received.fieldClocks!;
  await older.db.sessions.put({ ...asOlderStores, fieldClocks: olderClocks } as SessionRecord);
  await older.repos.sessions.setTakeaway(session.id, 'Sam owns the roadmap');
  await older.sync();
  await measured.sync();

  expect(await measured.db.sessions.get(session.id)).toMatchObject({ takeaway: 'Sam owns the roadmap', listening: counted });
});
