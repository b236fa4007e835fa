import { useEffect } from 'react';
import { useI18n } from './i18n';

export interface UndoAction {
  message: string;
  undo: () => void;
}

const visibleMs = 10_000;

/** Says what was just removed and offers to bring it back for a few seconds. */
export function UndoToast({ action, onDone }: { action: UndoAction; onDone: () => void }) {
  const { t } = useI18n();
  useEffect(() => {
    const timer = setTimeout(onDone, visibleMs);
    return () => clearTimeout(timer);
  }, [action, onDone]);
  return (
    <div className="toast" role="status">
      <p>{action.message}</p>
      <button
        onClick={() => {
          action.undo();
          onDone();
        }}
      >
        {t('common.undo')}
      </button>
    </div>
  );
}
