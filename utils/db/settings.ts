import { clampThreshold, listeningThresholds } from '../listening/threshold';
import type { CoachbarDatabase } from './database';
import type { RecordFields } from './records';
import type { RecordWriter } from './writer';

/** The settings record's fields: the same on every device of the user's. */
export type SyncedSettings = RecordFields<'settings'>;

/**
 * The settings as pages see them: the synced ones and this device's own opt-in to read a call's
 * captions, which the background keeps outside the record (entrypoints/background/listening-consent.ts).
 */
export type Settings = SyncedSettings & { listeningBalance: boolean };

const settingsId = 'app';

export const defaultSettings: SyncedSettings = { autoAdvance: false, language: null, chatPaste: false, pinnedSuggestions: [], theme: 'auto', listeningThreshold: listeningThresholds.default };

export class SettingsRepository {
  constructor(
    private readonly db: CoachbarDatabase,
    private readonly writer: RecordWriter,
  ) {}

  async get(): Promise<SyncedSettings> {
    const stored = await this.db.settings.get(settingsId);
    if (!stored || stored.deletedAt !== null) return defaultSettings;
    return pickSettings(stored);
  }

  async update(patch: Partial<SyncedSettings>): Promise<SyncedSettings> {
    // Out of range, the record would fail the backup and sync schema on restore and on every peer.
    if (patch.listeningThreshold !== undefined) patch = { ...patch, listeningThreshold: clampThreshold(patch.listeningThreshold) };
    const next = await this.writer.upsert('settings', settingsId, patch, () => defaultSettings);
    return pickSettings(next);
  }
}

/** Settings saved by an older version lack newer fields: defaults fill them in. */
function pickSettings(stored: Partial<SyncedSettings>): SyncedSettings {
  return {
    autoAdvance: stored.autoAdvance ?? defaultSettings.autoAdvance,
    language: stored.language ?? defaultSettings.language,
    chatPaste: stored.chatPaste ?? defaultSettings.chatPaste,
    pinnedSuggestions: stored.pinnedSuggestions ?? defaultSettings.pinnedSuggestions,
    theme: stored.theme ?? defaultSettings.theme,
    listeningThreshold: stored.listeningThreshold ?? defaultSettings.listeningThreshold,
  };
}
