import type { Language, Translate } from '@/utils/i18n/catalog';
import type { HeldDeletes } from '@/utils/sync/engine';
import { countsInWords } from './restore-summary';

/**
 * "Another browser deleted 300 sessions, 12 people. Delete them here too?", in the words a restore
 * uses; just the total when the tables are not known (a status saved by an older version).
 */
export function heldDeletesInWords(held: HeldDeletes, t: Translate, language: Language): string {
  const words = countsInWords(held.byTable ?? {}, t, language);
  return words === '' ? t('sync.heldDeletes', new Intl.NumberFormat(language).format(held.count)) : t('sync.heldDeletesWhat', words);
}
