import { callBackground } from '@/utils/messaging/background';
import type { SyncSettings, SyncView } from '@/utils/sync/status';

/** Sync's commands; each answers the sync view after it, for the page to show at once. */
export const syncCommands = {
  connect: (settings: SyncSettings): Promise<SyncView> => callBackground('connectSync', settings),
  syncNow: (): Promise<SyncView> => callBackground('syncNow', {}),
  disconnect: (): Promise<SyncView> => callBackground('disconnectSync', {}),
  allowDeletes: (held: { deviceId: string; seq: number }): Promise<SyncView> => callBackground('allowSyncDeletes', { deviceId: held.deviceId, seq: held.seq }),
};
