import { clampThreshold, listeningThresholds } from '../listening/threshold';
import type { CoachbarDatabase } from './database';
import type { RecordFields } from './records';
import type { RecordWriter } from './writer';

export type Settings = RecordFields<'settings'>;

const settingsId = 'app';

export const defaultSettings: Settings = { autoAdvance: false, language: null, chatPaste: false, pinnedSuggestions: [], theme: 'auto', listeningBalance: false, listeningThreshold: listeningThresholds.default };

export class SettingsRepository {
  constructor(
    private readonly db: CoachbarDatabase,
    private readonly writer: RecordWriter,
  ) {}

  async get(): Promise<Settings> {
    const stored = await this.db.settings.get(settingsId);
    if (!stored || stored.deletedAt !== null) return defaultSettings;
    return pickSettings(stored);
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    // Out of range, the record would fail the backup and sync schema on restore and on every peer.
    if (patch.listeningThreshold !== undefined) patch = { ...patch, listeningThreshold: clampThreshold(patch.listeningThreshold) };
    const next = await this.writer.upsert('settings', settingsId, patch, () => defaultSettings);
    return pickSettings(next);
  }
}

/** Settings saved by an older version lack newer fields: defaults fill them in. */
function pickSettings(stored: Partial<Settings>): Settings {
  return {
    autoAdvance: stored.autoAdvance ?? defaultSettings.autoAdvance,
    language: stored.language ?? defaultSettings.language,
    chatPaste: stored.chatPaste ?? defaultSettings.chatPaste,
    pinnedSuggestions: stored.pinnedSuggestions ?? defaultSettings.pinnedSuggestions,
    theme: stored.theme ?? defaultSettings.theme,
    listeningBalance: stored.listeningBalance ?? defaultSettings.listeningBalance,
    listeningThreshold: stored.listeningThreshold ?? defaultSettings.listeningThreshold,
  };
}
