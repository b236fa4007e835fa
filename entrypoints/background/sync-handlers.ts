import type { Handlers } from '@/utils/messaging/server';
import { broadcastChanged, type Services } from './services';

type SyncMethod = 'getSyncStatus' | 'connectSync' | 'disconnectSync' | 'syncNow' | 'allowSyncDeletes' | 'listConflicts' | 'resolveConflict';
export type SyncHandlers = Pick<Handlers, SyncMethod>;

export function syncHandlers(services: Services): SyncHandlers {
  const { sync, conflicts, writer } = services;
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
      if (choice === 'use') await writer.upsert(conflict.recordType, conflict.recordId, { [conflict.field]: conflict.text });
      await conflicts.remove(id);
      broadcastChanged(['conflicts', conflict.recordType]);
    },
  };
}
