import type { ConflictRecord } from '@/utils/db/records';
import { describeError } from './describe-error';
import { useResolveConflict } from './data/queries';
import { useI18n } from './i18n';
import { Notice } from './Notice';

/** The other side of a concurrent edit, with the two ways out. The text is page-free user text, shown as text. */
export function ConflictCard({ conflict, heading }: { conflict: ConflictRecord; heading: string }) {
  const { t } = useI18n();
  const resolve = useResolveConflict();
  return (
    <div className="conflict-card" role="group" aria-label={heading}>
      <p className="muted">{heading}</p>
      <blockquote className="conflict-text">{conflict.text}</blockquote>
      {resolve.isError && <Notice tone="error">{t('errors.saveFailed', describeError(resolve.error, t))}</Notice>}
      <div className="editor-footer">
        <button type="button" disabled={resolve.isPending} onClick={() => resolve.mutate({ id: conflict.id, choice: 'use' })}>
          {t('sync.useThis')}
        </button>
        <button type="button" disabled={resolve.isPending} onClick={() => resolve.mutate({ id: conflict.id, choice: 'dismiss' })}>
          {t('sync.keepMine')}
        </button>
      </div>
    </div>
  );
}
