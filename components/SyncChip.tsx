import { useQuery } from '@tanstack/react-query';
import { syncStatusQuery } from './data/queries';
import { useI18n } from './i18n';

const attention = new Set(['signInFailed', 'updateNeeded', 'passphrase', 'permission', 'deletesHeld', 'clockAhead', 'refused', 'rolledBack', 'limitExceeded']);

/** Sync in words (Synced · Syncing · Offline · Sign-in failed · Update needed · conflicts); nothing while sync is off. */
export function SyncChip({ onOpen }: { onOpen?: () => void }) {
  const { t } = useI18n();
  const status = useQuery(syncStatusQuery());
  if (!status.data || status.data.phase === 'off') return null;
  const { phase, conflicts } = status.data;
  const words = [t(`sync.phase.${phase}`), conflicts > 0 ? t('sync.conflictCount', conflicts) : null].filter(Boolean).join(' · ');
  const tone = attention.has(phase) || conflicts > 0 ? 'sync-chip attention' : 'sync-chip';
  const label = `${t('sync.status')}: ${words}`;
  return onOpen ? (
    <button type="button" className={tone} onClick={onOpen} aria-label={label} title={status.data.detail ?? undefined}>
      {words}
    </button>
  ) : (
    <span className={tone} role="status" aria-label={label} title={status.data.detail ?? undefined}>
      {words}
    </span>
  );
}
