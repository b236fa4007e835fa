import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { ConflictCard } from '@/components/ConflictCard';
import { conflictsQuery, notesQuery, useNoteWrites } from '@/components/data/queries';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import { appendQuestionLine } from '@/utils/questions/insert';
import { noteId } from '@/utils/db/notes';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export interface NotesEditorHandle {
  /** Appends a question line, marks it asked, and leaves the caret on the answer line. */
  insertQuestion(questionId: string, question: string, callTime: string): void;
}

interface Props {
  sessionId: string;
  sectionId: string;
  label: string;
  /** Shown as private before anything is written (the background stores it so): the manager's preparation. */
  startsPrivate?: boolean;
  onTextChange?: (text: string) => void;
  ref?: Ref<NotesEditorHandle>;
}

interface Insertion {
  questionText: string;
  before: { text: string; questionIds: string[] };
  after: string;
}

/**
 * Every keystroke goes to the background at once (it coalesces the writes), so closing the tab
 * right after typing loses nothing and there is no debounce to flush.
 */
export function NotesEditor({ sessionId, sectionId, label, startsPrivate = false, onTextChange, ref }: Props) {
  const { t } = useI18n();
  const notes = useQuery(notesQuery(sessionId));
  const writes = useNoteWrites(sessionId, sectionId);
  const note = notes.data?.find((candidate) => candidate.sectionId === sectionId);
  const stored = note?.text;
  /** What the user typed here, shown until the stored text changes while they are not typing. */
  const [draft, setDraft] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [insertion, setInsertion] = useState<Insertion | null>(null);
  const inFlight = useRef(0);
  const focused = useRef(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const inputId = useId();
  const value = draft ?? stored ?? '';

  // Show text saved elsewhere (the side panel, another device later) unless the user is typing here.
  useEffect(() => {
    if (stored !== undefined && inFlight.current === 0 && !focused.current) setDraft(null);
  }, [stored]);

  useEffect(() => onTextChange?.(value), [value, onTextChange]);

  // Performance marks for `npm run bench`: when the notes are ready, and each keystroke's commit.
  useEffect(() => {
    if (notes.isSuccess) performance.mark('coachbar:notes-ready');
  }, [notes.isSuccess]);

  function save(next: string): void {
    const typedAt = performance.now();
    setDraft(next);
    inFlight.current += 1;
    setState({ kind: 'saving' });
    writes
      .saveText(next)
      .then(() => {
        performance.measure('coachbar:autosave', { start: typedAt, end: performance.now() });
        inFlight.current -= 1;
        if (inFlight.current === 0) setState({ kind: 'saved' });
      })
      .catch((error: unknown) => {
        inFlight.current -= 1;
        const quota = error instanceof Error && error.name === 'QuotaExceededError';
        setState({ kind: 'failed', message: quota ? t('errors.quota') : t('errors.saveFailed', describeError(error, t)) });
      });
  }

  function setAsked(questionIds: string[]): void {
    writes.setAskedQuestions(questionIds).catch((error: unknown) =>
      setState({ kind: 'failed', message: t('errors.saveFailed', describeError(error, t)) }),
    );
  }

  function placeCaretAtEnd(length: number): void {
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(length, length);
    });
  }

  useImperativeHandle(ref, () => ({
    insertQuestion(questionId, question, callTime) {
      const questionIds = note?.questionIds ?? [];
      const after = appendQuestionLine(value, question, callTime, t('sidebar.questionMarker'));
      setInsertion({ questionText: question, before: { text: value, questionIds }, after });
      save(after);
      if (!questionIds.includes(questionId)) setAsked([...questionIds, questionId]);
      placeCaretAtEnd(after.length);
    },
  }));

  function undoInsertion(): void {
    if (!insertion) return;
    save(insertion.before.text);
    setAsked(insertion.before.questionIds);
    setInsertion(null);
    placeCaretAtEnd(insertion.before.text.length);
  }

  return (
    <div className="notes">
      <div className="notes-head">
        <label htmlFor={inputId}>{label}</label>
        <span className="save-state" role="status">
          {state.kind === 'saving' ? t('sidebar.saving') : state.kind === 'saved' ? t('sidebar.saved') : ''}
        </span>
        {/* "Private" on the notes' own line; its name says what it does in full. */}
        <label className="check" title={t('sidebar.private')}>
          <input
            type="checkbox"
            aria-label={t('sidebar.private')}
            checked={note?.private ?? startsPrivate}
            disabled={notes.isPending}
            onChange={(event) =>
              void writes.setPrivate(event.target.checked).catch((error: unknown) =>
                setState({ kind: 'failed', message: t('errors.saveFailed', describeError(error, t)) }),
              )
            }
          />
          {t('sidebar.privateShort')}
        </label>
      </div>
      <textarea
        id={inputId}
        ref={textarea}
        value={value}
        disabled={notes.isPending}
        placeholder={notes.isPending ? t('common.loading') : t('sidebar.notesPlaceholder')}
        onFocus={() => (focused.current = true)}
        onBlur={() => (focused.current = false)}
        onKeyDown={(event) => {
          // The browser's own undo knows nothing of an inserted question: undo it ourselves.
          if (insertion && value === insertion.after && (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
            event.preventDefault();
            undoInsertion();
          }
        }}
        onChange={(event) => {
          setInsertion(null);
          save(event.target.value);
        }}
        rows={4}
      />
      <NoteConflicts id={noteId(sessionId, sectionId)} />
      {insertion && (
        <div className="toast" role="status">
          <p>{t('suggestions.inserted')}</p>
          <button onClick={undoInsertion}>{t('common.undo')}</button>
        </div>
      )}
      {state.kind === 'failed' && (
        <div className="notice notice-error" role="alert">
          <p>{state.message}</p>
          <button onClick={() => save(value)}>{t('common.retry')}</button>
        </div>
      )}
    </div>
  );
}

/** Another browser's concurrent version of this note, kept by sync, with [Use this] [Keep mine]. */
function NoteConflicts({ id }: { id: string }) {
  const { t } = useI18n();
  const conflicts = useQuery(conflictsQuery());
  const mine = conflicts.data?.filter((conflict) => conflict.recordType === 'notes' && conflict.recordId === id) ?? [];
  return mine.map((conflict) => <ConflictCard key={conflict.id} conflict={conflict} heading={t('sync.noteConflict')} />);
}
