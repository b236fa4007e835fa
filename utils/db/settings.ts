import type { CoachbarDatabase } from './database';
import type { RecordFields } from './records';
import type { RecordWriter } from './writer';

export type Settings = RecordFields<'settings'>;

const settingsId = 'app';

export const defaultSettings: Settings = { autoAdvance: false, language: null };

export class SettingsRepository {
  constructor(
    private readonly db: CoachbarDatabase,
    private readonly writer: RecordWriter,
  ) {}

  async get(): Promise<Settings> {
    const stored = await this.db.settings.get(settingsId);
    if (!stored || stored.deletedAt !== null) return defaultSettings;
    return { autoAdvance: stored.autoAdvance, language: stored.language };
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    const next = await this.writer.upsert('settings', settingsId, patch, () => defaultSettings);
    return { autoAdvance: next.autoAdvance, language: next.language };
  }
}
