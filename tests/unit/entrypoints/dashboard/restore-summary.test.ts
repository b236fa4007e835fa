import { describe, expect, it } from 'vitest';
import { deletesNeedYes, restoreInWords, type ReadyPreview } from '@/entrypoints/dashboard/restore-summary';
import { backupTables } from '@/utils/backup/format';
import type { RestoreCounts } from '@/utils/backup/merge';
import type { RecordTable } from '@/utils/db/records';
import { translator, type Language } from '@/utils/i18n/catalog';

const none: RestoreCounts = { new: 0, updated: 0, unchanged: 0, deleted: 0, conflicts: 0 };

/** A preview with these counts per table, and `live` records of each table here. */
function preview(counts: Partial<Record<RecordTable, Partial<RestoreCounts>>>, live: Partial<Record<RecordTable, number>> = {}): ReadyPreview {
  const summary = Object.fromEntries(backupTables.map((table) => [table, { ...none, ...counts[table] }])) as ReadyPreview['summary'];
  const totals = { ...none };
  for (const table of backupTables) for (const key of Object.keys(none) as (keyof RestoreCounts)[]) totals[key] += summary[table][key];
  return { ok: true, summary, totals, live: Object.fromEntries(backupTables.map((table) => [table, live[table] ?? 0])) as ReadyPreview['live'] };
}

const words = (language: Language, counts: Parameters<typeof preview>[0]) => restoreInWords(preview(counts), translator(language), language);

describe('restoreInWords', () => {
  const fresh = { sessions: { new: 3000 }, people: { new: 12 }, notes: { new: 6000 }, ratings: { new: 27000 } };

  it.each([
    { language: 'en' as const, expected: '3,000 sessions, 12 people, 6,000 notes, 27,000 ratings: all new' },
    { language: 'nl' as const, expected: '3.000 sessies, 12 personen, 6.000 notities, 27.000 scores: allemaal nieuw' },
    { language: 'de' as const, expected: '3.000 Gespräche, 12 Personen, 6.000 Notizen, 27.000 Bewertungen: alles neu' },
  ])('says what a restore into an empty browser brings, in $language', ({ language, expected }) => {
    expect(words(language, fresh)).toEqual([expected]);
  });

  it('names each kind of change, one record in the singular', () => {
    expect(words('en', { people: { new: 1, deleted: 12 }, sessions: { deleted: 300, updated: 2 }, notes: { conflicts: 1, updated: 1 }, settings: { updated: 1 } })).toEqual([
      'New: 1 person',
      'Updated: 2 sessions, 1 note, your settings',
      'Deleted: 300 sessions, 12 people',
      'Changed both here and in the backup: 1 note',
    ]);
    expect(words('de', { actionItems: { new: 1 }, risks: { deleted: 2 } })).toEqual(['Neu: 1 Aufgabe', 'Gelöscht: 2 Risiken']);
  });

  it('says so when everything is already here', () => {
    expect(words('nl', { sessions: { unchanged: 40 } })).toEqual(['Alles in deze back-up staat hier al.']);
  });
});

describe('deletesNeedYes', () => {
  it.each([
    { deleted: 10, live: 1000, ask: false, why: 'ten of many' },
    { deleted: 11, live: 12, ask: true, why: 'more than ten, and most of them' },
    { deleted: 100, live: 1000, ask: false, why: 'a tenth' },
    { deleted: 101, live: 1000, ask: true, why: 'more than a tenth' },
    { deleted: 6, live: 6, ask: false, why: 'all of a few' },
    { deleted: 0, live: 0, ask: false, why: 'nothing' },
  ])('$why: $deleted of $live people', ({ deleted, live, ask }) => {
    expect(deletesNeedYes(preview({ people: { deleted } }, { people: live, notes: 100_000 }))).toBe(ask);
  });
});
