import { useState } from 'react';
import { useBackgroundMutation } from '@/components/data/queries';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import { openNativePanel } from '@/utils/browser/platform';

/**
 * In the docked sidebar only: opens the browser's own side panel, which the browser makes room
 * for by narrowing the call, then closes this dock. The session goes on there: the panel shows
 * the active tab's call.
 */
export function MoveToSidePanel({ tabId }: { tabId: number }) {
  const { t } = useI18n();
  const closeDock = useBackgroundMutation('closeDock');
  const [failure, setFailure] = useState<string | null>(null);

  function move(): void {
    setFailure(null);
    // Synchronously in the click: both browsers open their panel only while handling the user's action.
    openNativePanel({ tabId }).then(
      () => closeDock.mutate({}, { onError: (error) => setFailure(t('sidebar.moveDockNotClosed', describeError(error, t))) }),
      (error: unknown) => setFailure(t('sidebar.movePanelFailed', describeError(error, t))),
    );
  }

  return (
    <>
      <button type="button" className="icon-button" onClick={move} aria-label={t('sidebar.moveToPanel')} title={t('sidebar.moveToPanel')}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" fill="none" stroke="currentColor" />
          <rect x="9.5" y="3" width="4.5" height="10" fill="currentColor" />
        </svg>
      </button>
      {failure && (
        <p className="notice notice-error move-failure" role="alert">
          {failure}
        </p>
      )}
    </>
  );
}
