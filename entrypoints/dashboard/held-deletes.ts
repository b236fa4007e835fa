import type { RecordTable } from '@/utils/db/records';
import type { Language, Translate } from '@/utils/i18n/catalog';
import type { HeldDeletes } from '@/utils/sync/engine';

/**
 * "Another browser deleted 300 sessions, 12 people. Delete them here too?": the largest counts
 * first, in the UI language's numbers and plurals; just the total when the tables are not known.
 */
export function heldDeletesInWords(held: HeldDeletes, t: Translate, language: Language): string {
  const numbers = new Intl.NumberFormat(language);
  const plurals = new Intl.PluralRules(language);
  const counts = (Object.entries(held.byTable ?? {}) as [RecordTable, number][]).filter(([, count]) => count > 0).sort(([, a], [, b]) => b - a);
  if (counts.length === 0) return t('sync.heldDeletes', numbers.format(held.count));
  const words = counts.map(([table, count]) => t(`backup.records.${table}.${plurals.select(count) === 'one' ? 'one' : 'other'}`, numbers.format(count)));
  return t('sync.heldDeletesWhat', words.join(', '));
}
