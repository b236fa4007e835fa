import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '@/utils/db/database';
import { SyncSecrets } from '@/utils/db/sync-secrets';
import { openAt } from './open-at';

const name = `migration-015-${crypto.randomUUID()}`;

afterEach(async () => {
  await Dexie.delete(name);
});

it('adds a store for sync secrets and leaves the records and sync state as they were', async () => {
  const v14 = await openAt(name, 14);
  const note = { id: 's1/start', sessionId: 's1', sectionId: 'start', text: 'kept', private: false, questionIds: [], createdAt: 1, updatedAt: '1765000000000:00003:laptop', deletedAt: null };
  await v14.table('notes').put(note);
  await v14.table('meta').put({ key: 'sync', value: '{"vaultId":"v1"}' });
  expect(v14.tables.map((table) => table.name)).not.toContain('syncSecrets');
  v14.close();

  const db = openDatabase({}, name);
  expect(await db.notes.get('s1/start')).toEqual(note);
  expect(await db.meta.get('sync')).toEqual({ key: 'sync', value: '{"vaultId":"v1"}' });
  // A derived key is stored as the CryptoKey itself, still usable and still not extractable.
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const secrets = new SyncSecrets(db);
  await secrets.keep({ kdf: { salt: 'c2FsdA==', iterations: 600_000 }, key });
  const kept = await secrets.get({ salt: 'c2FsdA==', iterations: 600_000 });
  expect(kept?.extractable).toBe(false);
  await crypto.subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, kept!, new Uint8Array(4));
  db.close();
});
