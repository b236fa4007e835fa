import { restoreNeedsYes, type RestoreCounts } from '@/utils/backup/merge';
import type { RestorePreview } from '@/utils/db/backup';
import type { RecordTable } from '@/utils/db/records';
import type { Language, Translate } from '@/utils/i18n/catalog';

export type ReadyPreview = Extract<RestorePreview, { ok: true }>;

/** Where each table comes when a restore is put in words: the 1:1s first, settings last. */
const tableRank: Record<RecordTable, number> = {
  sessions: 0,
  people: 1,
  notes: 2,
  ratings: 3,
  actionItems: 4,
  objectives: 5,
  keyResults: 6,
  risks: 7,
  templates: 8,
  questions: 9,
  statements: 10,
  statementSets: 11,
  conflicts: 12,
  settings: 13,
};
const tablesInWords = (Object.keys(tableRank) as RecordTable[]).sort((a, b) => tableRank[a] - tableRank[b]);

type Change = Exclude<keyof RestoreCounts, 'unchanged'>;

/** "3,000 sessions, 12 people": counts of records per table in words, in the UI language's numbers and plurals; '' when all are 0. */
export function countsInWords(counts: Partial<Record<RecordTable, number>>, t: Translate, language: Language): string {
  const numbers = new Intl.NumberFormat(language);
  const plurals = new Intl.PluralRules(language);
  return tablesInWords
    .filter((table) => (counts[table] ?? 0) > 0)
    .map((table) => {
      const count = counts[table]!;
      return t(`backup.records.${table}.${plurals.select(count) === 'one' ? 'one' : 'other'}`, numbers.format(count));
    })
    .join(', ');
}

/** The records of each table that `change` applies to, in words (see countsInWords). */
export function recordsInWords(preview: ReadyPreview, change: Change, t: Translate, language: Language): string {
  return countsInWords(Object.fromEntries(Object.entries(preview.summary).map(([table, counts]) => [table, counts[change]])), t, language);
}

/** What a restore changes, a line per kind of change, e.g. "3,000 sessions, 12 people: all new". */
export function restoreInWords(preview: ReadyPreview, t: Translate, language: Language): string[] {
  const { totals } = preview;
  if (totals.new + totals.updated + totals.deleted + totals.conflicts === 0) return [t('backup.nothing')];
  if (totals.updated + totals.deleted + totals.conflicts === 0) return [t('backup.allNew', recordsInWords(preview, 'new', t, language))];
  const changes: Change[] = ['new', 'updated', 'deleted', 'conflicts'];
  return changes.filter((change) => totals[change] > 0).map((change) => t(`backup.${change}`, recordsInWords(preview, change, t, language)));
}

/** Whether a restore deletes so much that the user must say yes first (the background checks it too). */
export function deletesNeedYes(preview: ReadyPreview): boolean {
  return restoreNeedsYes(preview.summary, preview.live);
}
