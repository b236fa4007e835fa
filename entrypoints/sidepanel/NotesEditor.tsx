import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { notesQuery } from '@/components/data/queries';
import { queryKeys } from '@/components/data/query-keys';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import { callBackground } from '@/utils/messaging/background';
import type { NoteRecord } from '@/utils/db/records';

let lastSeq = 0;
/** Increases across reloads of this page too, so the background never lets an older keystroke win. */
function nextSeq(): number {
  lastSeq = Math.max(lastSeq + 1, Date.now());
  return lastSeq;
}

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/**
 * Every keystroke goes to the background at once (it coalesces the writes), so closing the tab
 * right after typing loses nothing and there is no debounce to flush.
 */
export function NotesEditor({ sessionId, sectionId, label }: { sessionId: string; sectionId: string; label: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const notes = useQuery(notesQuery(sessionId));
  const stored = notes.data?.find((note) => note.sectionId === sectionId)?.text;
  const [text, setText] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const inFlight = useRef(0);
  const focused = useRef(false);
  const inputId = useId();

  // Adopt text saved elsewhere (the side panel, another device later) unless the user is typing here.
  useEffect(() => {
    if (stored !== undefined && inFlight.current === 0 && !focused.current) setText(stored);
  }, [stored]);

  function save(value: string): void {
    setText(value);
    inFlight.current += 1;
    setState({ kind: 'saving' });
    client.setQueryData(queryKeys.notes(sessionId), (current: NoteRecord[] | undefined) =>
      current?.map((note) => (note.sectionId === sectionId ? { ...note, text: value } : note)),
    );
    callBackground('saveNote', { sessionId, sectionId, text: value, seq: nextSeq() })
      .then(() => {
        inFlight.current -= 1;
        if (inFlight.current === 0) setState({ kind: 'saved' });
      })
      .catch((error: unknown) => {
        inFlight.current -= 1;
        const quota = error instanceof Error && error.name === 'QuotaExceededError';
        setState({ kind: 'failed', message: quota ? t('errors.quota') : t('errors.saveFailed', describeError(error, t)) });
      });
  }

  const value = text ?? stored ?? '';
  return (
    <div className="notes">
      <div className="notes-head">
        <label htmlFor={inputId}>{label}</label>
        <span className="save-state" role="status">
          {state.kind === 'saving' ? t('sidebar.saving') : state.kind === 'saved' ? t('sidebar.saved') : ''}
        </span>
      </div>
      <textarea
        id={inputId}
        value={value}
        disabled={notes.isPending}
        placeholder={notes.isPending ? t('common.loading') : t('sidebar.notesPlaceholder')}
        onFocus={() => (focused.current = true)}
        onBlur={() => (focused.current = false)}
        onChange={(event) => save(event.target.value)}
        rows={8}
      />
      {state.kind === 'failed' && (
        <div className="notice notice-error" role="alert">
          <p>{state.message}</p>
          <button onClick={() => save(value)}>{t('common.retry')}</button>
        </div>
      )}
    </div>
  );
}
