import { schemas } from '@/utils/backup/schema';
import type { ConflictRecord, RecordFields } from '@/utils/db/records';
import type { Handlers } from '@/utils/messaging/server';
import { isText } from '@/utils/sync/merge';
import type { Services } from './services';

type SyncMethod = 'getSyncStatus' | 'connectSync' | 'disconnectSync' | 'syncNow' | 'allowSyncDeletes' | 'listConflicts' | 'resolveConflict';
export type SyncHandlers = Pick<Handlers, SyncMethod>;

export function syncHandlers(services: Services): SyncHandlers {
  const { sync, conflicts } = services;
  return {
    getSyncStatus: () => sync.view(),
    connectSync: (settings) => sync.connect(settings),
    disconnectSync: () => sync.disconnect(),
    syncNow: () => sync.run({ force: true }),
    allowSyncDeletes: ({ deviceId, seq }) => sync.allowDeletes(deviceId, seq),
    async listConflicts({ recordId }) {
      const found = recordId === undefined ? await conflicts.all() : await conflicts.where('recordId', recordId);
      return found.sort((a, b) => a.createdAt - b.createdAt);
    },
    async resolveConflict({ id, choice }) {
      const conflict = await conflicts.get(id);
      if (!conflict) return;
      if (choice === 'use') await useConflictText(services, conflict);
      // The writer tells the pages of both writes.
      await conflicts.remove(id);
    },
  };
}

/**
 * Writes a conflict copy's text into its record: into the one text field it names and nothing else,
 * and only when the record stays valid. A copy stored before conflicts were checked (from a crafted
 * backup or peer) may name any field, such as a note's `private` or `sessionId`.
 */
async function useConflictText({ db, writer }: Services, { recordType, recordId, field, text }: ConflictRecord): Promise<void> {
  if (!isText(recordType, field)) throw new Error(`A conflict copy can only replace a text, not ${recordType}.${field}`);
  const current = await db.table(recordType).get(recordId);
  if (!current || current.deletedAt !== null) throw new Error(`The ${recordType} record ${recordId} was deleted`);
  const checked = schemas().recordSchemas[recordType].safeParse({ ...current, [field]: text });
  if (!checked.success) throw new Error(`The other version does not fit ${recordType}.${field}: ${checked.error.issues[0]?.message ?? 'invalid'}`);
  await writer.upsert(recordType, recordId, { [field]: text } as Partial<RecordFields<typeof recordType>>);
}
