import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { MemoryRemote, SyncDevice } from '../../support/sync-devices';
import { parseBackup } from '@/utils/backup/parse';
import { BackupRepository } from '@/utils/db/backup';
import type { SyncState } from '@/utils/sync/engine';
import type { Envelope } from '@/utils/sync/envelope';

const devices: SyncDevice[] = [];
afterEach(async () => {
  await Promise.all(devices.splice(0).map((d) => d.close()));
});

const state: SyncState = { vaultId: 'v', seq: 0, fullFrom: null, pushedClocks: [], pending: null, peers: {} };
const at = (ms: number) => `${String(ms).padStart(13, '0')}:00000:evil`;

/** A note as a hostile peer may send it: valid known fields, plus whatever else it likes. */
function note(id: string, extra: Record<string, unknown>): Envelope {
  const clock = at(Date.now() - 1_000);
  const data: Record<string, unknown> = { createdAt: 1, sessionId: 's1', sectionId: 'start', text: 'hello', private: false, questionIds: [], ...extra };
  return { id, type: 'notes', fh: Object.fromEntries(Object.keys(data).map((field) => [field, clock])), data, del: null };
}

it('keeps a hostile peer’s unknown fields out of the database, so later syncs and this device’s own backups still work', async () => {
  const d = new SyncDevice('b', new MemoryRemote());
  devices.push(d);
  const nested = JSON.parse(`${'['.repeat(80)}${']'.repeat(80)}`) as unknown;
  const many = Object.fromEntries(Array.from({ length: 190 }, (_, index) => [`extra${index}`, index]));
  await d.replica.applyBatch([note('s1/start', { nested }), note('s2/start', many)], '', state);
  expect(await d.db.notes.get('s1/start')).not.toHaveProperty('nested');
  await d.repos.notes.setAskedQuestions('s2', 'start', ['q1']);

  const file = await new BackupRepository(d.db, d.writer).export();
  expect(parseBackup(file)).toMatchObject({ ok: true });
});
