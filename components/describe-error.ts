import type { Translate } from '@/utils/i18n/catalog';

/** Turns an error from the background into a sentence a manager can act on. */
export function describeError(error: unknown, t: Translate): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return t('errors.quota');
  if (name === 'NotAllowedError') return t('errors.notAllowed');
  return error instanceof Error ? error.message : String(error);
}
